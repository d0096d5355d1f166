using CircularPark.Engines.Campaigns;

namespace CircularPark.Engines.Tests.Campaigns;

public class TargetProgressTests
{
    [Theory]
    [InlineData(10, 0.70, 7)] // Jiangsu: 70 % of 10 national zones
    [InlineData(11, 0.70, 8)] // rounded up: 7.7 parks cannot meet a 70 % target
    [InlineData(81, 0.50, 41)] // Shandong: ≥50 % of 81 provincial parks
    [InlineData(25, 1.00, 25)] // all national-level parks
    [InlineData(0, 0.50, 0)]
    public void A_share_target_requires_the_share_of_parks_in_scope_rounded_up(int inScope, double share, int required)
    {
        var progress = TargetProgress.Compute(inScope, inScope, 0, share, null);

        Assert.Equal(required, progress.Required);
    }

    [Fact]
    public void A_count_target_requires_its_count_and_reports_the_ratio_achieved()
    {
        var progress = TargetProgress.Compute(inScope: 120, planned: 30, achieved: 5, share: null, count: 20);

        Assert.Equal(20, progress.Required);
        Assert.Equal(0.25, progress.Ratio);
        Assert.False(progress.IsMet);
    }

    [Fact]
    public void Progress_is_capped_at_one_and_a_target_asking_for_nothing_of_some_parks_is_met()
    {
        Assert.Equal(1.0, TargetProgress.Compute(4, 4, 4, 0.5, null).Ratio);
        Assert.Equal((1.0, TargetState.Met), (TargetProgress.Compute(3, 0, 0, 0.0, null).Ratio, TargetProgress.Compute(3, 0, 0, 0.0, null).State));
    }

    [Theory]
    [InlineData(0.7)] // Jiangsu: 70 % of national zones, none of them on the platform
    [InlineData(1.0)]
    public void A_share_of_no_parks_in_scope_has_no_data_and_is_not_met(double share)
    {
        var progress = TargetProgress.Compute(inScope: 0, planned: 0, achieved: 0, share, null);

        Assert.Equal((false, (double?)null, false, TargetState.NoData), (progress.HasData, progress.Ratio, progress.IsMet, progress.State));
    }

    [Theory]
    [InlineData(0, 0, 20, 0.0, TargetState.NotMet)] // a count target of 20 with no parks yet: nothing achieved
    [InlineData(10, 7, null, 1.0, TargetState.Met)] // 7 of 10 at 70 %
    [InlineData(10, 6, null, 6.0 / 7, TargetState.NotMet)]
    public void A_target_with_parks_to_count_is_met_or_not(int inScope, int achieved, int? count, double ratio, TargetState state)
    {
        var progress = TargetProgress.Compute(inScope, inScope, achieved, count is null ? 0.7 : null, count);

        Assert.Equal(ratio, progress.Ratio!.Value, 12);
        Assert.Equal(state, progress.State);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(0.5, 3)]
    [InlineData(1.5, null)]
    [InlineData(-0.1, null)]
    public void A_target_must_be_either_a_share_between_zero_and_one_or_a_count(double? share, int? count)
    {
        Assert.Throws<ArgumentException>(() => TargetProgress.Compute(10, 10, 1, share, count));
    }
}
