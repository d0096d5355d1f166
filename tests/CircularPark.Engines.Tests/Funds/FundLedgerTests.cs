using CircularPark.Engines.Funds;

namespace CircularPark.Engines.Tests.Funds;

/// <summary>The arithmetic of a grant, checked by hand: 30 % of eligible investment capped at 1,000 万元, 60 % on award and 40 % after acceptance, 50 % recovered on failure.</summary>
public class FundLedgerTests
{
    private static readonly Tranche[] SixtyForty = [new(0.6m, TrancheTrigger.OnAward), new(0.4m, TrancheTrigger.OnAcceptance)];

    private static FundRules Rules(decimal? parkCap = null, decimal demonstration = 0, decimal green = 0) =>
        new(0.3m, 1_000m, parkCap, SixtyForty, demonstration, green, 0.5m, 30);

    [Theory]
    [InlineData(1.005, 1.01)]
    [InlineData(-1.005, -1.01)]
    [InlineData(2.345, 2.35)]
    [InlineData(2.344, 2.34)]
    [InlineData(0.125, 0.13)]
    public void Money_rounds_half_away_from_zero_to_two_places(double amount, double expected) =>
        Assert.Equal((decimal)expected, Money.Round((decimal)amount));

    [Theory]
    [InlineData(3_000, 5_000, false, false, 900, AwardLimitKind.Share)]
    [InlineData(5_000, 5_000, false, false, 1_000, AwardLimitKind.ProjectCap)]
    [InlineData(3_000, 800, false, false, 800, AwardLimitKind.Requested)]
    [InlineData(2_000, 5_000, true, false, 700, AwardLimitKind.Share)]
    [InlineData(2_000, 5_000, true, true, 740, AwardLimitKind.Share)]
    [InlineData(3_333.33, 5_000, false, false, 1_000, AwardLimitKind.Share)]
    [InlineData(3_400, 5_000, false, false, 1_000, AwardLimitKind.ProjectCap)]
    [InlineData(1_234.57, 5_000, false, false, 370.37, AwardLimitKind.Share)]
    public void The_most_an_award_may_be_is_the_smallest_of_share_caps_and_request(double eligible, double requested, bool demonstration, bool green,
        double max, AwardLimitKind binding)
    {
        var limit = FundLedger.MaxAward(Rules(demonstration: 0.05m, green: 0.02m), (decimal)eligible, (decimal)requested, demonstration, green, 0);

        Assert.Equal(((decimal)max, binding), (limit.Max, limit.Binding));
    }

    [Fact]
    public void The_cap_per_park_counts_what_the_parks_other_projects_hold_and_never_goes_below_zero()
    {
        var rules = Rules(parkCap: 1_500m);

        Assert.Equal((500m, AwardLimitKind.ParkCap), Pick(FundLedger.MaxAward(rules, 3_000m, 5_000m, false, false, 1_000m)));
        Assert.Equal((0m, AwardLimitKind.ParkCap), Pick(FundLedger.MaxAward(rules, 3_000m, 5_000m, false, false, 1_800m)));
        static (decimal, AwardLimitKind) Pick(AwardLimit l) => (l.Max, l.Binding);
    }

    [Theory]
    [InlineData(900, 540, 360)]
    [InlineData(750, 450, 300)]
    [InlineData(333.33, 200, 133.33)]
    [InlineData(0.01, 0.01, 0)]
    public void Tranches_are_rounded_and_the_last_takes_the_remainder_so_they_add_up_to_the_award(double award, double first, double second)
    {
        var amounts = FundLedger.TrancheAmounts((decimal)award, SixtyForty);

        Assert.Equal([(decimal)first, (decimal)second], amounts);
        Assert.Equal((decimal)award, amounts.Sum());
    }

    [Fact]
    public void Three_equal_thirds_add_up_to_the_award()
    {
        Tranche[] thirds = [new(0.3333m, TrancheTrigger.OnAward), new(0.3333m, TrancheTrigger.OnVerification), new(0.3334m, TrancheTrigger.OnAcceptance)];

        var amounts = FundLedger.TrancheAmounts(100m, thirds);

        Assert.Equal([33.33m, 33.33m, 33.34m], amounts);
    }

    [Fact]
    public void A_tranche_is_payable_only_once_its_trigger_is_reached_and_never_beyond_the_award()
    {
        Assert.Equal(540m, FundLedger.Payable(900m, SixtyForty, [0m, 0m], 0, TrancheTrigger.OnAward));
        Assert.Equal(0m, FundLedger.Payable(900m, SixtyForty, [0m, 0m], 1, TrancheTrigger.OnAward));
        Assert.Equal(0m, FundLedger.Payable(900m, SixtyForty, [540m, 0m], 0, TrancheTrigger.OnAward));
        Assert.Equal(140m, FundLedger.Payable(900m, SixtyForty, [400m, 0m], 0, TrancheTrigger.OnAward));
        Assert.Equal(0m, FundLedger.Payable(900m, SixtyForty, [0m, 0m], 0, null));
        // Award verified down to 750 after 540 were paid: tranche 1 (450) is over-paid, tranche 2 pays what the award leaves.
        Assert.Equal(0m, FundLedger.Payable(750m, SixtyForty, [540m, 0m], 0, TrancheTrigger.OnAcceptance));
        Assert.Equal(210m, FundLedger.Payable(750m, SixtyForty, [540m, 0m], 1, TrancheTrigger.OnAcceptance));
    }

    [Theory]
    [InlineData(900, 2_500, 750, -150)]
    [InlineData(900, 3_000, 900, 0)]
    [InlineData(900, 4_000, 900, 0)]
    [InlineData(1_000, 3_400, 1_000, 0)]
    [InlineData(1_000, 3_000, 900, -100)]
    [InlineData(900, 0, 0, -900)]
    public void Verified_investment_recomputes_the_award_by_the_rules_never_above_the_award_made(double award, double verified, double after, double difference)
    {
        var change = FundLedger.Recompute(Rules(), (decimal)award, (decimal)verified, false, false);

        Assert.Equal(((decimal)award, (decimal)after, (decimal)difference), (change.Before, change.After, change.Difference));
    }

    [Fact]
    public void A_pass_pays_the_rest_capped_at_the_award_and_recovers_anything_paid_above_it()
    {
        var on = new DateOnly(2025, 3, 1);

        Assert.Equal(new Settlement(true, 210m, 0m, null), FundLedger.Settle(Rules(), true, 750m, 540m, on));
        Assert.Equal(new Settlement(true, 0m, 40m, new DateOnly(2025, 3, 31)), FundLedger.Settle(Rules(), true, 500m, 540m, on));
    }

    [Fact]
    public void A_fail_pays_nothing_more_and_recovers_the_share_of_what_was_paid_within_the_days()
    {
        var settlement = FundLedger.Settle(Rules(), false, 600m, 360m, new DateOnly(2025, 12, 20));

        Assert.Equal(new Settlement(false, 0m, 180m, new DateOnly(2026, 1, 19)), settlement);
        Assert.Equal(new Settlement(false, 0m, 0m, null), FundLedger.Settle(Rules(), false, 600m, 0m, new DateOnly(2025, 12, 20)));
        Assert.Equal(0.01m, FundLedger.Settle(Rules(), false, 1m, 0.01m, new DateOnly(2025, 12, 20)).Recovery);
    }

    [Theory]
    [InlineData(900, 0, 0, false, 900)]
    [InlineData(750, 540, 0, false, 750)]
    [InlineData(1_000, 1_000, 0, false, 1_000)]
    [InlineData(600, 360, 0, true, 360)]
    [InlineData(600, 360, 180, true, 180)]
    [InlineData(500, 540, 40, false, 500)]
    [InlineData(0, 0, 0, false, 0)]
    public void A_project_holds_what_was_paid_and_not_repaid_plus_what_its_award_still_allows(double award, double paid, double repaid, bool failed, double held) =>
        Assert.Equal((decimal)held, FundLedger.Commitment((decimal)award, (decimal)paid, (decimal)repaid, failed));

    [Fact]
    public void Bonuses_raise_the_share_but_never_above_the_whole_investment() =>
        Assert.Equal(1m, new FundRules(0.9m, null, null, SixtyForty, 0.2m, 0.2m, 0.5m, 30).ShareFor(true, true));
}
