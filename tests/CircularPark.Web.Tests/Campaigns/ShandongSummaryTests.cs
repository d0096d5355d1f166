using System.Net.Http.Json;
using System.Text.Json;

namespace CircularPark.Web.Tests.Campaigns;

/// <summary>
/// GET /api/campaigns/sd-2018-336/summary must reproduce Attachment 1 of 鲁经信循〔2018〕336号 cell for cell.
/// The expected table below is transcribed from Attachment 1 itself (not computed from Attachment 2), blank cells as 0.
/// </summary>
public class ShandongSummaryTests(Apps apps) : IClassFixture<Apps>
{
    // unit, then (total, national, provincial) for 2018, 2019, 2020, cumulative
    private static readonly (string Unit, int[] Cells)[] Attachment1 =
    [
        ("全省合计", [16, 4, 12, 17, 4, 13, 73, 17, 56, 106, 25, 81]),
        ("济南市", [1, 1, 0, 0, 0, 0, 4, 1, 3, 5, 2, 3]),
        ("青岛市", [2, 1, 1, 0, 0, 0, 2, 2, 0, 4, 3, 1]),
        ("淄博市", [0, 0, 0, 1, 0, 1, 2, 1, 1, 3, 1, 2]),
        ("枣庄市", [0, 0, 0, 2, 0, 2, 2, 1, 1, 4, 1, 3]),
        ("东营市", [1, 0, 1, 0, 0, 0, 3, 0, 3, 4, 0, 4]),
        ("烟台市", [0, 0, 0, 2, 2, 0, 6, 1, 5, 8, 3, 5]),
        ("潍坊市", [6, 1, 5, 0, 0, 0, 1, 1, 0, 7, 2, 5]),
        ("济宁市", [2, 0, 2, 2, 0, 2, 8, 1, 7, 12, 1, 11]),
        ("泰安市", [0, 0, 0, 1, 0, 1, 5, 1, 4, 6, 1, 5]),
        ("威海市", [2, 1, 1, 0, 0, 0, 7, 2, 5, 9, 3, 6]),
        ("日照市", [1, 0, 1, 3, 1, 2, 1, 0, 1, 5, 1, 4]),
        ("莱芜市", [0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 1, 2]),
        ("临沂市", [0, 0, 0, 2, 1, 1, 4, 1, 3, 6, 2, 4]),
        ("德州市", [0, 0, 0, 0, 0, 0, 7, 2, 5, 7, 2, 5]),
        ("聊城市", [1, 0, 1, 3, 0, 3, 6, 1, 5, 10, 1, 9]),
        ("滨州市", [0, 0, 0, 0, 0, 0, 7, 1, 6, 7, 1, 6]),
        ("菏泽市", [0, 0, 0, 1, 0, 1, 5, 0, 5, 6, 0, 6]),
    ];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_summary_equals_Attachment_1_cell_for_cell(Provider provider)
    {
        var app = await apps.For(provider);

        var summary = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/sd-2018-336/summary");

        Assert.Equal([2018, 2019, 2020], summary.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        var lines = new[] { summary.GetProperty("total") }.Concat(summary.GetProperty("cities").EnumerateArray()).ToList();
        Assert.Equal(Attachment1.Select(a => a.Unit), lines.Select(l => l.GetProperty("nameZh").GetString()));
        foreach (var ((unit, expected), line) in Attachment1.Zip(lines))
        {
            var actual = line.GetProperty("years").EnumerateArray().Append(line.GetProperty("cumulative"))
                .SelectMany(c => new[] { c.GetProperty("total").GetInt32(), c.GetProperty("national").GetInt32(), c.GetProperty("provincial").GetInt32() });
            Assert.True(expected.SequenceEqual(actual), $"{unit}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_summary_rows_add_up_to_the_totals_by_year_and_level(Provider provider)
    {
        var app = await apps.For(provider);

        var summary = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/sd-2018-336/summary");

        var rows = summary.GetProperty("rows").EnumerateArray()
            .Select(r => (Year: r.GetProperty("year").GetInt32(), Level: r.GetProperty("level").GetString(), Count: r.GetProperty("count").GetInt32()))
            .ToList();
        Assert.Equal(106, rows.Sum(r => r.Count));
        Assert.Equal((16, 4, 12), Totals(2018));
        Assert.Equal((17, 4, 13), Totals(2019));
        Assert.Equal((73, 17, 56), Totals(2020));
        (int, int, int) Totals(int year) => (
            rows.Where(r => r.Year == year).Sum(r => r.Count),
            rows.Where(r => r.Year == year && r.Level == "National").Sum(r => r.Count),
            rows.Where(r => r.Year == year && r.Level == "Provincial").Sum(r => r.Count));
    }

    [Fact]
    public async Task Laiwu_parks_stay_in_Laiwu_in_the_2018_table_but_belong_to_Jinan_today()
    {
        var app = await apps.For(Provider.Sqlite);
        var client = app.CreateClient();

        var today = await client.GetFromJsonAsync<JsonElement>("/api/parks?q=莱芜高新区");
        var park = today.GetProperty("items")[0];
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/parks/{park.GetProperty("id").GetInt32()}");

        Assert.Equal("济南市", park.GetProperty("cityZh").GetString());
        var history = detail.GetProperty("regions").EnumerateArray().Select(r => (r.GetProperty("regionCode").GetString(), r.GetProperty("validTo").ToString())).ToList();
        Assert.Equal([("371200", "2019-01-09"), ("370100", "")], history);
    }
}
