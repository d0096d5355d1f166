using CircularPark.Campaigns;
using CircularPark.Parks;

namespace CircularPark.Web.Api;

/// <summary>A campaign as the API shows it.</summary>
public sealed record CampaignDto(
    string Code, string TitleZh, string TitleEn, string DocumentNumber, string IssuingBodies, DateOnly? IssuedOn,
    string ScopeRegionCode, string ScopeRegionZh, string GoalZh, string GoalEn, TaskTemplate TaskTemplate, string? SourceNote,
    int Parks, IReadOnlyDictionary<ParticipationState, int> ParksByState, IReadOnlyList<TargetDto> Targets,
    IReadOnlyList<RegionGroupDto> RegionGroups, IReadOnlyList<ReportDto> Reports,
    DateOnly? ApplicationOpensOn, DateOnly? ApplicationClosesOn, DateOnly? RecommendationDueOn, DateOnly? ReviewDueOn,
    string? NoticeNumber, DateOnly? NoticeIssuedOn, long Version)
{
    public static CampaignDto From(CampaignOverview o) => new(
        o.Campaign.Code, o.Campaign.TitleZh, o.Campaign.TitleEn, o.Campaign.DocumentNumber, o.Campaign.IssuingBodies, o.Campaign.IssuedOn,
        o.Scope.Code, o.Scope.NameZh, o.Campaign.GoalZh, o.Campaign.GoalEn, o.Campaign.TaskTemplate, o.Campaign.SourceNote,
        o.Parks, o.ByState,
        o.Targets.Select(t => new TargetDto(t.Target.Metric, t.Target.ParkLevel, t.Target.Share, t.Target.Count, t.Target.Deadline,
            t.Target.NoteZh, t.Progress.InScope, t.Progress.Planned, t.Progress.Achieved, t.Progress.Required, t.Progress.Ratio, t.Progress.State, t.Target.Basis)).ToList(),
        o.RegionGroups.Select(g => o.GroupStandings.FirstOrDefault(s => s.Group.Id == g.Id) is { } standing
            ? new RegionGroupDto(g.NameZh, g.NameEn, g.Relation, g.NoteZh, g.Members.Count, standing.Verdict, standing.Total.Rate, standing.Total.Average,
                standing.Cities.Select(c => new GroupCityDto(c.Key, c.Tally.Counted, c.Tally.Transformed, c.Rate, c.GapPoints, c.Verdict)).ToList())
            : new RegionGroupDto(g.NameZh, g.NameEn, g.Relation, g.NoteZh, g.Members.Count, Engines.Campaigns.ComparisonVerdict.NoData, null, null, [])).ToList(),
        o.Reports.Select(r => new ReportDto(r.Type, r.NameZh, r.NameEn, r.From, r.To, r.Recurrence, r.Indicative, r.Source,
            r.DueDates(o.AsOf).Select(d => new DueDto(d.Period, d.Due)).ToList())).ToList(),
        o.Campaign.ApplicationOpensOn, o.Campaign.ApplicationClosesOn, o.Campaign.RecommendationDueOn, o.Campaign.ReviewDueOn,
        o.Campaign.NoticeNumber, o.Campaign.NoticeIssuedOn, o.Campaign.Version);
}

/// <summary>
/// A target with its progress: <c>Progress</c> is achieved ÷ required (0–1), null when the target has no data (a share of no
/// parks in scope); <c>State</c> is NoData, NotMet or Met.
/// </summary>
public sealed record TargetDto(TargetMetric Metric, ParkLevel? ParkLevel, double? Share, int? Count, DateOnly Deadline, string NoteZh,
    int InScope, int Planned, int Achieved, int Required, double? Progress, Engines.Campaigns.TargetState State, TargetBasis Basis);

/// <summary>A regional group with its comparison against the provincial average (ADR 0080): the group's rate and each city's.</summary>
public sealed record RegionGroupDto(string NameZh, string NameEn, GroupRelation Relation, string NoteZh, int Regions,
    Engines.Campaigns.ComparisonVerdict Verdict, double? Rate, double? Average, IReadOnlyList<GroupCityDto> Cities);

/// <summary>One city of a group: parks counted and accepted, its rate, its gap to the average in percentage points, and its verdict.</summary>
public sealed record GroupCityDto(string Code, int Counted, int Transformed, double? Rate, double? GapPoints, Engines.Campaigns.ComparisonVerdict Verdict);

public sealed record ReportDto(string Type, string NameZh, string NameEn, ReportParty From, ReportParty To, Recurrence Recurrence,
    bool Indicative, string Source, IReadOnlyList<DueDto> Due);

public sealed record DueDto(int? Period, DateOnly Date);
