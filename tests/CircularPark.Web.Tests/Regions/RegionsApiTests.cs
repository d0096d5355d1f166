using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Regions;

/// <summary>Region search for pickers, and regions administration with effective dates (admin only, audited).</summary>
public class RegionsApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Anyone_finds_regions_by_the_names_people_write(Provider provider)
    {
        var app = await apps.For(provider);
        var client = app.CreateClient();

        var honghe = await client.GetFromJsonAsync<JsonElement[]>("/api/regions?q=红河州&level=city&asOf=2024-06-01");
        var laiwu2018 = await client.GetFromJsonAsync<JsonElement[]>("/api/regions?q=莱芜&level=city&asOf=2018-09-10&within=370000");
        var laiwuNow = await client.GetFromJsonAsync<JsonElement[]>("/api/regions?q=莱芜&level=city&asOf=2024-06-01");
        var bad = await client.GetAsync("/api/regions?level=village");

        Assert.Equal("云南省红河哈尼族彝族自治州", honghe![0].GetProperty("fullNameZh").GetString());
        Assert.Equal("/000000/530000/532500/", honghe[0].GetProperty("path").GetString());
        Assert.Equal("371200", Assert.Single(laiwu2018!).GetProperty("code").GetString());
        Assert.Empty(laiwuNow!);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_rename_keeps_the_old_name_for_the_dates_before_and_moves_the_parks_on_the_date(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var parkId = await AddParkAsync(app, "更名测试园区", "530100");

        var response = await admin.PostAsJsonAsync("/api/regions/530100/rename", new { nameZh = "昆明新市", nameEn = "Kunming New", effectiveOn = "2026-01-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = app.CreateClient();
        var before = await client.GetFromJsonAsync<JsonElement[]>("/api/regions?q=昆明&level=city&asOf=2025-12-31");
        var after = await client.GetFromJsonAsync<JsonElement[]>("/api/regions?q=昆明新市&level=city&asOf=2026-01-01");
        Assert.Equal("昆明市", Assert.Single(before!).GetProperty("nameZh").GetString());
        Assert.Equal("/000000/530000/530100/", Assert.Single(after!).GetProperty("path").GetString());
        var memberships = await MembershipsAsync(app, parkId);
        Assert.Equal(["昆明市 …2026-01-01", "昆明新市 2026-01-01…"], memberships);
        var wuhua = await app.WithDbAsync(db => db.Regions.Include(r => r.Parent).SingleAsync(r => r.Code == "530102" && r.ValidTo == null));
        Assert.Equal("昆明新市", wuhua.Parent!.NameZh);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Region" && a.Action == "Added" && a.Changes!.Contains("昆明新市"))));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_merger_moves_the_parks_to_the_successor_from_the_date_and_an_abolition_with_parks_needs_one(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var added = await admin.PostAsJsonAsync("/api/regions", new { code = "620199", nameZh = "测试新区", parentCode = "620100", validFrom = "2020-01-01" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var parkId = await AddParkAsync(app, "合并测试园区", "620199");

        var refused = await admin.PostAsJsonAsync("/api/regions/620199/abolish", new { effectiveOn = "2025-07-01" });
        var merged = await admin.PostAsJsonAsync("/api/regions/620199/merge", new { into = "620102", effectiveOn = "2025-07-01" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal(["测试新区 …2025-07-01", "城关区 2025-07-01…"], await MembershipsAsync(app, parkId));
        var cityWithChildren = await admin.PostAsJsonAsync("/api/regions/620100/abolish", new { effectiveOn = "2025-07-01", successor = "620000" });
        Assert.Equal(HttpStatusCode.Conflict, cityWithChildren.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_an_administrator_changes_regions_and_bad_input_names_the_field(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "620000");
        var admin = await app.ClientAsAsync(Roles.Admin);

        var forbidden = await province.PostAsJsonAsync("/api/regions/620102/rename", new { nameZh = "新名", effectiveOn = "2026-01-01" });
        var badCode = await admin.PostAsJsonAsync("/api/regions", new { code = "62", nameZh = "", parentCode = "999999", validFrom = "2020-01-01" });
        var taken = await admin.PostAsJsonAsync("/api/regions", new { code = "620102", nameZh = "重复", parentCode = "620100", validFrom = "2020-01-01" });
        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/regions/620102/abolish", new { effectiveOn = "2026-01-01" });

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        var errors = (await badCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsZh");
        Assert.True(errors.TryGetProperty("code", out _) && errors.TryGetProperty("nameZh", out _) && errors.TryGetProperty("parentCode", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static Task<int> AddParkAsync(TestApp app, string name, string regionCode) => app.WithDbAsync(async db =>
    {
        var region = await db.Regions.SingleAsync(r => r.Code == regionCode && r.ValidTo == null);
        var park = new Park { Name = name, Level = ParkLevel.Provincial, Kind = ParkKind.IndustrialPark };
        park.Memberships.Add(new ParkRegionMembership { RegionId = region.Id, ValidFrom = new DateOnly(2015, 1, 1) });
        db.Parks.Add(park);
        await db.SaveChangesAsync();
        return park.Id;
    });

    private static Task<List<string>> MembershipsAsync(TestApp app, int parkId) => app.WithDbAsync(db => db.ParkRegionMemberships
        .Where(m => m.ParkId == parkId).OrderBy(m => m.ValidFrom).Select(m => new { m.Region!.NameZh, m.ValidFrom, m.ValidTo }).ToListAsync())
        .ContinueWith(t => t.Result.Select(m => m.ValidFrom == new DateOnly(2015, 1, 1)
            ? $"{m.NameZh} …{m.ValidTo:yyyy-MM-dd}" : $"{m.NameZh} {m.ValidFrom:yyyy-MM-dd}…{m.ValidTo:yyyy-MM-dd}").ToList(), TaskScheduler.Default);
}
