using CircularPark.Acceptance;
using CircularPark.Campaigns;
using CircularPark.Identity;

namespace CircularPark.Tests.Acceptance;

/// <summary>The acceptance step table, the derived standing on a given day and the campaign's grade scale: pure rules.</summary>
public class AcceptanceRulesTests
{
    [Theory]
    [InlineData(AcceptanceStep.Submit, null, Roles.Park, StepVerdict.Allowed)]
    [InlineData(AcceptanceStep.Submit, AcceptanceStatus.Returned, Roles.Park, StepVerdict.Allowed)]
    [InlineData(AcceptanceStep.Submit, AcceptanceStatus.Submitted, Roles.Park, StepVerdict.WrongState)]
    [InlineData(AcceptanceStep.Submit, null, Roles.Province, StepVerdict.WrongRole)]
    [InlineData(AcceptanceStep.DocumentReview, AcceptanceStatus.Submitted, Roles.City, StepVerdict.Allowed)]
    [InlineData(AcceptanceStep.DocumentReview, AcceptanceStatus.Submitted, Roles.Park, StepVerdict.WrongRole)]
    [InlineData(AcceptanceStep.DocumentReview, AcceptanceStatus.Submitted, Roles.Expert, StepVerdict.WrongRole)]
    [InlineData(AcceptanceStep.SiteVerification, AcceptanceStatus.Submitted, Roles.Province, StepVerdict.WrongState)]
    [InlineData(AcceptanceStep.SiteVerification, AcceptanceStatus.DocumentReviewed, Roles.Province, StepVerdict.Allowed)]
    [InlineData(AcceptanceStep.ExpertReview, AcceptanceStatus.DocumentReviewed, Roles.Province, StepVerdict.WrongState)]
    [InlineData(AcceptanceStep.ExpertReview, AcceptanceStatus.SiteVerified, Roles.Province, StepVerdict.Allowed)]
    [InlineData(AcceptanceStep.Return, AcceptanceStatus.SiteVerified, Roles.Province, StepVerdict.WrongState)]
    [InlineData(AcceptanceStep.File, AcceptanceStatus.Graded, Roles.City, StepVerdict.WrongRole)]
    [InlineData(AcceptanceStep.File, AcceptanceStatus.Graded, Roles.Province, StepVerdict.Allowed)]
    [InlineData(AcceptanceStep.File, AcceptanceStatus.Filed, Roles.Province, StepVerdict.WrongState)]
    public void The_step_table_allows_each_step_to_its_roles_from_its_states_only(AcceptanceStep step, AcceptanceStatus? from, string role, StepVerdict expected) =>
        Assert.Equal(expected, AcceptanceWorkflow.Check(step, from, role));

    [Fact]
    public void Walking_the_table_from_a_submission_visits_the_three_reviews_in_order_then_filing()
    {
        AcceptanceStatus? status = null;
        foreach (var step in new[] { AcceptanceStep.Submit, AcceptanceStep.DocumentReview, AcceptanceStep.SiteVerification, AcceptanceStep.ExpertReview, AcceptanceStep.File })
        {
            var role = step == AcceptanceStep.Submit ? Roles.Park : Roles.Province;
            Assert.Equal(StepVerdict.Allowed, AcceptanceWorkflow.Check(step, status, role));
            status = AcceptanceWorkflow.Target(step);
            Assert.Equal(step == AcceptanceStep.File ? [] : [NextReview(step)], AcceptanceWorkflow.Open(status, Roles.Province).Where(s => s != AcceptanceStep.Return));
        }
        Assert.Equal(AcceptanceStatus.Filed, status);
    }

    private static AcceptanceStep NextReview(AcceptanceStep step) => step switch
    {
        AcceptanceStep.Submit => AcceptanceStep.DocumentReview,
        AcceptanceStep.DocumentReview => AcceptanceStep.SiteVerification,
        AcceptanceStep.SiteVerification => AcceptanceStep.ExpertReview,
        _ => AcceptanceStep.File,
    };

    private static readonly AcceptanceDeadline Due = AcceptanceDeadline.OneDate(new(2025, 12, 31));

    [Theory]
    [InlineData(ParticipationState.Approved, 2025, 12, 31, AcceptanceStandingKind.Awaiting)]
    [InlineData(ParticipationState.Approved, 2026, 1, 1, AcceptanceStandingKind.MissedDeadline)]
    [InlineData(ParticipationState.Implementing, 2026, 1, 1, AcceptanceStandingKind.MissedDeadline)]
    [InlineData(ParticipationState.UnderReview, 2026, 1, 1, AcceptanceStandingKind.NotApplicable)]
    public void Without_application_or_delay_a_park_past_its_deadline_counts_as_failed(ParticipationState state, int y, int m, int d, AcceptanceStandingKind expected) =>
        Assert.Equal(expected, AcceptanceStanding.Of(state, null, null, [], Due, new DateOnly(y, m, d)).Kind);

    [Fact]
    public void A_pending_delay_holds_the_deadline_an_approved_one_moves_it_a_rejected_one_does_not()
    {
        var day = new DateOnly(2026, 6, 1);
        Assert.Equal(AcceptanceStandingKind.DelayPending, AcceptanceStanding.Of(ParticipationState.DelayRequested, null, null, [Delay(DelayStatus.Pending)], Due, day).Kind);
        var approved = AcceptanceStanding.Of(ParticipationState.DelayRequested, null, null, [Delay(DelayStatus.Approved)], Due, day);
        Assert.Equal((AcceptanceStandingKind.Awaiting, new DateOnly(2026, 12, 31)), (approved.Kind, approved.DueOn));
        Assert.Equal(AcceptanceStandingKind.MissedDeadline, AcceptanceStanding.Of(ParticipationState.Approved, null, null, [Delay(DelayStatus.Rejected)], Due, day).Kind);
        Assert.Equal(AcceptanceStandingKind.Awaiting, AcceptanceStanding.Of(ParticipationState.Approved, null, null, [], AcceptanceDeadline.None, day).Kind);
    }

    [Fact]
    public void A_submitted_application_is_in_progress_after_the_deadline_and_a_filed_one_is_accepted_or_failed()
    {
        var late = new DateOnly(2027, 1, 1);
        var draftOnly = new AcceptanceApplication { Versions = [new AcceptanceVersion { Number = 1 }] };
        var submitted = new AcceptanceApplication { Status = AcceptanceStatus.Submitted, Versions = [new AcceptanceVersion { Number = 1, Submitted = true }] };
        Assert.Equal(AcceptanceStandingKind.MissedDeadline, AcceptanceStanding.Of(ParticipationState.Approved, null, draftOnly, [], Due, late).Kind);
        Assert.Equal(AcceptanceStandingKind.InProgress, AcceptanceStanding.Of(ParticipationState.AcceptanceApplied, null, submitted, [], Due, late).Kind);
        Assert.Equal(AcceptanceStandingKind.Accepted, AcceptanceStanding.Of(ParticipationState.Accepted, null, new AcceptanceApplication { Status = AcceptanceStatus.Filed, Passed = true }, [], Due, late).Kind);
        Assert.Equal(AcceptanceStandingKind.Failed, AcceptanceStanding.Of(ParticipationState.Failed, null, new AcceptanceApplication { Status = AcceptanceStatus.Filed, Passed = false }, [], Due, late).Kind);
    }

    [Theory]
    [InlineData(90, "excellent")]
    [InlineData(89.99, "good")]
    [InlineData(80, "good")]
    [InlineData(79.99, "pass")]
    [InlineData(60, "pass")]
    [InlineData(59.99, "fail")]
    [InlineData(0, "fail")]
    public void Rules_without_bands_grade_on_the_default_scale(double score, string grade) =>
        Assert.Equal(grade, new AcceptanceRules().Scale().Grade(score)!.Grade);

    [Fact]
    public void Stored_bands_make_the_campaigns_own_scale()
    {
        var rules = new AcceptanceRules
        {
            MaxScore = 100,
            Bands = [new() { MinScore = 0, Grade = "fail" }, new() { MinScore = 70, Grade = "medium", Passes = true }, new() { MinScore = 85, Grade = "excellent", Passes = true }],
        };
        Assert.Equal(("medium", true), (rules.Scale().Grade(84.99)!.Grade, rules.Scale().Grade(84.99)!.Passes));
        Assert.Equal("excellent", rules.Scale().Grade(85)!.Grade);
        Assert.False(rules.Scale().Grade(69.99)!.Passes);
        Assert.Null(rules.Scale().Grade(100.01));
    }

    /// <summary>鲁经信循〔2018〕336号: each park is due by the end of its planned year (ADR 0079).</summary>
    private static readonly AcceptanceDeadline ByPlannedYear = new(AcceptanceDeadlineRule.PlannedYear, null);

    [Theory]
    [InlineData(2018, 2018, 12, 31, AcceptanceStandingKind.Awaiting)]
    [InlineData(2018, 2019, 1, 1, AcceptanceStandingKind.MissedDeadline)]
    [InlineData(2019, 2019, 1, 5, AcceptanceStandingKind.Awaiting)]
    [InlineData(2020, 2019, 1, 5, AcceptanceStandingKind.Awaiting)]
    [InlineData(2020, 2021, 1, 1, AcceptanceStandingKind.MissedDeadline)]
    public void Where_the_planned_year_is_the_deadline_a_listed_park_is_due_on_31_December_of_it(int plannedYear, int y, int m, int d, AcceptanceStandingKind expected)
    {
        var standing = AcceptanceStanding.Of(ParticipationState.Listed, plannedYear, null, [], ByPlannedYear, new DateOnly(y, m, d));

        Assert.Equal((expected, new DateOnly(plannedYear, 12, 31)), (standing.Kind, standing.DueOn));
    }

    [Fact]
    public void A_listed_park_awaits_nothing_where_the_campaign_has_one_date_and_an_approved_delay_extends_a_planned_year()
    {
        var day = new DateOnly(2019, 1, 5);
        Assert.Equal(AcceptanceStandingKind.NotApplicable, AcceptanceStanding.Of(ParticipationState.Listed, 2018, null, [], AcceptanceDeadline.OneDate(new(2018, 12, 31)), day).Kind);
        var delayed = AcceptanceStanding.Of(ParticipationState.DelayRequested, 2018, null, [Delay(DelayStatus.Approved)], ByPlannedYear, day);
        Assert.Equal((AcceptanceStandingKind.Awaiting, new DateOnly(2019, 12, 31)), (delayed.Kind, delayed.DueOn));
        var noYear = AcceptanceStanding.Of(ParticipationState.Listed, null, null, [], ByPlannedYear with { CampaignDue = new(2018, 6, 30) }, day);
        Assert.Equal((AcceptanceStandingKind.MissedDeadline, new DateOnly(2018, 6, 30)), (noYear.Kind, noYear.DueOn));
        var accepted = AcceptanceStanding.Of(ParticipationState.Accepted, 2018, new AcceptanceApplication { Status = AcceptanceStatus.Filed, Passed = true }, [], ByPlannedYear, day);
        Assert.Equal(AcceptanceStandingKind.Accepted, accepted.Kind);
    }

    private static DelayRequest Delay(DelayStatus status) => new() { Months = 12, Reason = "用地审批推迟", RequestedBy = "park", Status = status };
}
