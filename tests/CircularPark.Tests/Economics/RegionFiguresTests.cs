using CircularPark.Data.Seed;
using CircularPark.Economics;
using CircularPark.Identity;
using CircularPark.Indicators;

namespace CircularPark.Tests.Economics;

/// <summary>Regions' reported figures: seed 001's Shaoguan totals loaded once, kept apart from parks, warnings without refusal.</summary>
public class RegionFiguresTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly AccessScope Guangdong = new(Roles.Province, null, null, "gd") { RegionPath = "/000000/440000/" };

    [Fact]
    public async Task Seeding_stores_Shaoguans_eighteen_2021_totals_once_each_with_its_sentence()
    {
        await using var db = database.NewContext();
        await new SeedDatabase(db, TestDatabase.Importer(db)).ExecuteAsync(SeedFiles.Embedded());
        var again = await new SeedDatabase(db, TestDatabase.Importer(db)).ExecuteAsync(SeedFiles.Embedded());

        var view = (await new GetEconomics(db, new IndicatorCatalog(db)).ExecuteAsync("440200", 2021, Guangdong)).Value;

        Assert.Equal(0, again.RegionFigures);
        var reported = Assert.Single(view.Reported);
        Assert.Equal(18, reported.Figures.Count);
        Assert.All(reported.Figures, f => Assert.Equal(("韶工信函〔2022〕125号", FigureScope.ParksTotal), (f.Source, f.Scope)));
        Assert.All(reported.Figures, f => Assert.False(string.IsNullOrWhiteSpace(f.SourceNote)));
        Assert.Equal(509_600, reported.Figures.Single(f => f.Code == "FACTORY_AREA").Value, 6);
        Assert.Empty(view.Parks);
    }
}
