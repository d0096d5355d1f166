using CircularPark.Engines.Acceptance;

namespace CircularPark.Engines.Tests.Acceptance;

public class SpotCheckAndGradeTests
{
    private static readonly int[] Parks = [.. Enumerable.Range(1, 106)];

    [Fact]
    public void A_sample_drawn_twice_with_the_same_seed_is_the_same_whatever_the_order_of_the_candidates()
    {
        var first = SpotCheck.Draw(Parks, 10, seed: 20261123);
        var again = SpotCheck.Draw(Parks.Reverse(), 10, seed: 20261123);

        Assert.Equal(first, again);
        Assert.Equal(10, first.Distinct().Count());
        Assert.All(first, p => Assert.Contains(p, Parks));
    }

    [Fact]
    public void Another_seed_draws_another_sample_and_a_sample_never_exceeds_the_candidates()
    {
        Assert.NotEqual(SpotCheck.Draw(Parks, 10, 1), SpotCheck.Draw(Parks, 10, 2));
        Assert.Equal([3, 5, 7], SpotCheck.Draw([7, 5, 3], 10, 9).Order());
        Assert.Empty(SpotCheck.Draw(Parks, 0, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpotCheck.Draw(Parks, -1, 9));
    }

    [Fact]
    public void The_seed_fixes_the_sample_across_machines()
    {
        // Checked with an independent Python implementation of SplitMix64 and the partial Fisher–Yates shuffle.
        Assert.Equal([14, 26, 77], SpotCheck.Draw(Parks, 3, seed: 7));
    }

    [Theory]
    [InlineData(100, "excellent", true)]
    [InlineData(90, "excellent", true)]
    [InlineData(89.99, "good", true)]
    [InlineData(80, "good", true)]
    [InlineData(60, "pass", true)]
    [InlineData(59.9, "fail", false)]
    [InlineData(0, "fail", false)]
    public void Scores_are_graded_on_the_100_point_scale(double score, string grade, bool passes)
    {
        var band = GradeScale.Default.Grade(score);

        Assert.Equal((grade, passes), (band!.Grade, band.Passes));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void A_score_outside_the_scale_is_not_graded(double score) => Assert.Null(GradeScale.Default.Grade(score));
}
