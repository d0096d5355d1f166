namespace CircularPark.Data.Seed;

// Shapes of data/seed/*.json, read with System.Text.Json (web defaults: camelCase).

internal sealed record CampaignSeed(
    string Code, string TitleZh, string TitleEn, string DocumentNumber, string IssuingBodies, DateOnly? IssuedOn,
    string ScopeRegion, string IssuerLevel, string TaskTemplate, string GoalZh, string GoalEn, string? ListTitleZh, string? SummaryTitleZh,
    string? IssuedOnNote, string? DocumentNumberNote,
    List<TargetSeed> Targets, List<RegionGroupSeed>? RegionGroups, List<ReportSeed> Reports,
    bool? PublishesList = null, NoticeSeed? Notice = null, double? AcceptanceThreshold = null, string? AcceptanceDeadline = null,
    string? MinimumConsultancyGrade = null);

/// <summary>The published notice's wording as the source gives it (see <see cref="Campaigns.NoticeText"/>).</summary>
internal sealed record NoticeSeed(
    string? Title, string? Addressees, string? Basis, string? LeadPark, List<string>? Requirements, string? Contact, string? Disclosure)
{
    public Campaigns.NoticeText ToText() => new()
    {
        TitleZh = Title, AddresseesZh = Addressees, BasisZh = Basis, LeadParkZh = LeadPark,
        RequirementsZh = Requirements is { Count: > 0 } ? string.Join('\n', Requirements) : null, ContactZh = Contact, DisclosureZh = Disclosure,
    };
}

internal sealed record TargetSeed(string Metric, string? ParkLevel, double? Share, int? Count, DateOnly Deadline, string? NoteZh, string? Basis = null);

internal sealed record RegionGroupSeed(string NameZh, string NameEn, string Relation, string? NoteZh, List<string> Regions);

internal sealed record ReportSeed(
    string Type, string NameZh, string NameEn, string From, string To, string Recurrence, DateOnly? DueDate,
    int? DueMonth, int? DueDay, int? YearOffset, int? FirstPeriod, int? LastPeriod, bool? Indicative, string? Source);

internal sealed record OpinionFileSeed(
    string Campaign, string CallDocument, string Organiser, string Conclusion, bool Public, List<OpinionSeed> Opinions);

internal sealed record OpinionSeed(int Seq, string Park, string PlanTitle, string OverallEvaluation, List<string> Items, bool? ItemsNumbered);
