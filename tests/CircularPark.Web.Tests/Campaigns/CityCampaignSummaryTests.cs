using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Campaigns;

/// <summary>A city's own campaign (a 推进计划 of 济南市) totals its list as 全市合计, as a city's table writes it (issue 11.9).</summary>
public class CityCampaignSummaryTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_campaigns_summary_total_reads_全市合计(Provider provider)
    {
        var app = await apps.For(provider);
        await app.WithDbAsync(async db =>
        {
            var jinan = await db.Regions.SingleAsync(r => r.Code == "370100" && r.ValidTo == null);
            var campaign = new Campaign
            {
                Code = "jn-2019", TitleZh = "济南市园区循环化改造推进计划", TitleEn = "Jinan promotion plan", IssuingBodies = "济南市工业和信息化局",
                IssuedOn = new DateOnly(2019, 3, 1), ScopeRegionId = jinan.Id, IssuerLevel = RegionLevel.City, TaskTemplate = TaskTemplate.NationalFive,
            };
            db.Campaigns.Add(campaign);
            var parks = await db.Parks.Where(p => p.Name == "明水经济技术开发区" || p.Name == "济南高新区").ToListAsync();
            foreach (var park in parks)
            {
                var participation = new Participation { Campaign = campaign, ParkId = park.Id, PlannedYear = 2019 };
                participation.MoveTo(ParticipationState.Listed, "test", db.Clock.GetUtcNow().UtcDateTime, "列入推进计划", campaign.IssuedOn);
                db.Participations.Add(participation);
            }
            return await db.SaveChangesAsync();
        });

        var summary = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/jn-2019/summary");

        var total = summary.GetProperty("total");
        Assert.Equal("全市合计", total.GetProperty("nameZh").GetString());
        Assert.Equal(2, total.GetProperty("cumulative").GetProperty("total").GetInt32());
        Assert.Equal(2, total.GetProperty("cumulative").GetProperty("national").GetInt32());
    }
}
