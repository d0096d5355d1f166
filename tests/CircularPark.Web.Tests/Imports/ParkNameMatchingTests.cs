using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Imports.ImportRowOutcomeTests;

namespace CircularPark.Web.Tests.Imports;

/// <summary>
/// Issue 11.8: a park's name is unique within its city, not across the country; names written another way match;
/// near names wait for the user to say "same park" or "new park", and a confirmed variant is remembered as another name.
/// </summary>
public class ParkNameMatchingTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_cities_may_each_have_a_经济技术开发区_but_one_city_may_not_have_two(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);

        var first = await ImportAsync(admin, Csv("园区名称,省份,属地", "经济技术开发区,四川,绵阳", "经济技术开发区,四川,德阳"), dryRun: false);
        var again = await ImportAsync(admin, Csv("园区名称,省份,属地", "经济技术开发区,四川,绵阳市", "经济技术开发区,四川省,绵阳"), dryRun: false);

        Assert.True(first.GetProperty("committed").GetBoolean(), first.ToString());
        Assert.Equal(2, await app.WithDbAsync(db => db.Parks.CountAsync(p => p.Name == "经济技术开发区")));
        var problem = Assert.Single(again.GetProperty("problems").EnumerateArray());
        Assert.Equal((3, "duplicate"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("rule").GetString()));
        Assert.Equal("Matched", again.GetProperty("outcomes")[0].GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_name_written_with_other_spaces_and_brackets_or_as_an_alias_matches_the_stored_park(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        await ImportAsync(admin, Csv("园区名称,属地,别名", "宜宾经济(技术)开发区,宜宾市,宜宾经开区"), dryRun: false);

        var report = await ImportAsync(admin, Csv("园区名称,属地", "宜宾经济（技术）开发区,宜宾市", "宜宾 经开区,宜宾市"), dryRun: true);

        var outcomes = report.GetProperty("outcomes").EnumerateArray().ToList();
        // The second row names the park by its other name: matched, yet as another row of the same park a duplicate.
        Assert.Equal(["Matched", "Problem"], outcomes.Select(o => o.GetProperty("status").GetString()));
        Assert.Equal("duplicate", Assert.Single(report.GetProperty("problems").EnumerateArray()).GetProperty("rule").GetString());
        Assert.Equal(["宜宾经开区"], await app.WithDbAsync(db => db.ParkAliases.Where(a => a.Name == "宜宾经开区").Select(a => a.Name).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_near_name_is_a_problem_until_the_user_chooses_and_a_confirmed_variant_then_matches_by_itself(Provider provider)
    {
        var app = await apps.For(provider);
        var sichuan = await app.ClientAsAsync(Roles.Province, regionCode: "510000");
        await ImportAsync(sichuan, Csv("园区名称,属地", "泸州经济技术开发区,泸州市", "泸州高新技术产业开发区,泸州市"), dryRun: false);
        var stored = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == "泸州经济技术开发区").Select(p => p.Id).SingleAsync());
        var file = () => Csv("园区名称,属地", "泸州经济开发区,泸州市", "泸州高薪技术产业开发区,泸州市");

        var dry = await ImportAsync(sichuan, file(), dryRun: true);
        var unchosen = await ImportAsync(sichuan, file(), dryRun: false);
        var chosen = await ImportAsync(sichuan, file(), dryRun: false, choices: $"2={stored};3=new");
        var later = await ImportAsync(sichuan, Csv("园区名称,属地", "泸州经济开发区,泸州市"), dryRun: true);

        Assert.Equal(["near-duplicate", "near-duplicate"], dry.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("rule").GetString()));
        var candidate = Assert.Single(dry.GetProperty("outcomes")[0].GetProperty("candidates").EnumerateArray());
        Assert.Equal((stored, "泸州经济技术开发区", "四川省泸州市"), (candidate.GetProperty("id").GetInt32(), candidate.GetProperty("name").GetString(), candidate.GetProperty("placeZh").GetString()));
        Assert.False(unchosen.GetProperty("committed").GetBoolean());
        Assert.True(chosen.GetProperty("committed").GetBoolean(), chosen.ToString());
        Assert.Equal(["Changed", "New"], chosen.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("status").GetString()));
        var alias = await app.WithDbAsync(db => db.ParkAliases.SingleAsync(a => a.ParkId == stored));
        Assert.Equal(("泸州经济开发区", ParkAliasKind.Variant), (alias.Name, alias.Kind));
        Assert.Equal(stored, later.GetProperty("outcomes")[0].GetProperty("id").GetInt32());
        Assert.Equal("Matched", later.GetProperty("outcomes")[0].GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_row_giving_the_stored_name_as_its_former_name_renames_the_park_and_keeps_the_old_name(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        await ImportAsync(admin, Csv("园区名称,属地", "乐山工业集中区,乐山市"), dryRun: false);
        var id = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == "乐山工业集中区").Select(p => p.Id).SingleAsync());

        var report = await ImportAsync(admin, Csv("园区名称,属地,曾用名", "乐山高新技术产业开发区,乐山市,乐山工业集中区"), dryRun: false);

        Assert.True(report.GetProperty("committed").GetBoolean(), report.ToString());
        Assert.Equal("乐山高新技术产业开发区", await app.WithDbAsync(db => db.Parks.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        var alias = await app.WithDbAsync(db => db.ParkAliases.SingleAsync(a => a.ParkId == id));
        Assert.Equal(("乐山工业集中区", ParkAliasKind.FormerName), (alias.Name, alias.Kind));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_of_the_same_name_in_another_city_is_a_problem_until_the_user_says_new(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        await ImportAsync(admin, Csv("园区名称,属地", "川南化工园区,自贡市"), dryRun: false);

        var unchosen = await ImportAsync(admin, Csv("园区名称,属地", "川南化工园区,内江市"), dryRun: false);
        var chosen = await ImportAsync(admin, Csv("园区名称,属地", "川南化工园区,内江市"), dryRun: false, choices: "2=new");

        var problem = Assert.Single(unchosen.GetProperty("problems").EnumerateArray());
        Assert.Equal("other-city", problem.GetProperty("rule").GetString());
        Assert.Contains("自贡市", problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.True(chosen.GetProperty("committed").GetBoolean(), chosen.ToString());
        Assert.Equal(2, await app.WithDbAsync(db => db.Parks.CountAsync(p => p.Name == "川南化工园区")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Renaming_a_park_to_a_name_its_city_already_has_is_refused_naming_the_city(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        await ImportAsync(admin, Csv("园区名称,属地", "南充甲园区,南充市", "南充乙园区,南充市", "遂宁甲园区,遂宁市"), dryRun: false);
        var park = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == "南充乙园区").Select(p => new { p.Id, p.Version, p.Level, p.Kind }).SingleAsync());
        var other = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == "遂宁甲园区").Select(p => new { p.Id, p.Version, p.Level, p.Kind }).SingleAsync());

        var taken = await admin.PutAsJsonAsync($"/api/parks/{park.Id}", Changes("南充 甲园区", park.Version, park.Level, park.Kind));
        var elsewhere = await admin.PutAsJsonAsync($"/api/parks/{other.Id}", Changes("南充甲园区", other.Version, other.Level, other.Kind));

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        var problem = await taken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("四川省南充市", problem.GetProperty("errorsZh").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.True(elsewhere.IsSuccessStatusCode, await elsewhere.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Other_names_are_recorded_by_whoever_may_change_the_park_found_by_search_and_never_given_to_two_parks_of_a_city(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        await ImportAsync(admin, Csv("园区名称,属地", "眉山甲园区,眉山市", "眉山乙园区,眉山市"), dryRun: false);
        var ids = await app.WithDbAsync(db => db.Parks.Where(p => p.Name.StartsWith("眉山")).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        var meishan = await app.ClientAsAsync(Roles.City, regionCode: "511400");
        var guangdong = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var added = await meishan.PostAsJsonAsync($"/api/parks/{ids[0]}/aliases", new { name = "眉山东坡园", kind = "FormerName" });
        var taken = await meishan.PostAsJsonAsync($"/api/parks/{ids[1]}/aliases", new { name = "眉山 东坡园", kind = "Variant" });
        var outside = await guangdong.PostAsJsonAsync($"/api/parks/{ids[1]}/aliases", new { name = "眉山西园", kind = "Variant" });
        var empty = await meishan.PostAsJsonAsync($"/api/parks/{ids[1]}/aliases", new { name = " ", kind = "Variant" });
        var found = await admin.GetFromJsonAsync<JsonElement>("/api/parks?q=东坡园");
        var detail = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/parks/{ids[0]}");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("眉山甲园区", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal([ids[0]], found.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
        var alias = Assert.Single(detail.GetProperty("aliases").EnumerateArray());
        Assert.Equal(("眉山东坡园", "FormerName"), (alias.GetProperty("name").GetString(), alias.GetProperty("kind").GetString()));

        var removed = await meishan.DeleteAsync($"/api/parks/{ids[0]}/aliases/{alias.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ParkAliases.AnyAsync(a => a.ParkId == ids[0])));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == "ParkAlias")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_renamed_on_its_page_keeps_its_old_name_so_older_lists_still_match_it(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        await ImportAsync(admin, Csv("园区名称,属地", "资阳旧名园区,资阳市"), dryRun: false);
        var park = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == "资阳旧名园区").Select(p => new { p.Id, p.Version, p.Level, p.Kind }).SingleAsync());

        var renamed = await admin.PutAsJsonAsync($"/api/parks/{park.Id}", Changes("资阳新名园区", park.Version, park.Level, park.Kind));
        var old = await ImportAsync(admin, Csv("园区名称,属地", "资阳旧名园区,资阳市"), dryRun: true);

        Assert.True(renamed.IsSuccessStatusCode, await renamed.Content.ReadAsStringAsync());
        Assert.Equal((park.Id, "Matched"), (old.GetProperty("outcomes")[0].GetProperty("id").GetInt32(), old.GetProperty("outcomes")[0].GetProperty("status").GetString()));
    }

    private static object Changes(string name, long version, ParkLevel level, ParkKind kind) => new
    {
        name, shortName = (string?)null, level = level.ToString(), kind = kind.ToString(), areaKm2 = (double?)null, leadingIndustries = (string?)null,
        enterpriseCount = (int?)null, yearFounded = (int?)null, managementBody = (string?)null, version,
    };
}
