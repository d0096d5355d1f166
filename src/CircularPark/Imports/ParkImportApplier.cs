using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Time;

namespace CircularPark.Imports;

/// <summary>
/// Turns a checked, matched row into a new or changed park and participation, and says what changed, field by field.
/// A change the import may not make (a state going back, a state change without its date) is a problem of the row.
/// </summary>
internal sealed class ParkImportApplier(AppDbContext db, RegionDirectory regions, Campaign? campaign, string actor, string fileName)
{
    private readonly DateTime _now = db.Clock.GetUtcNow().UtcDateTime;
    private readonly DateOnly _today = db.Clock.Today();

    public ImportRowOutcome Apply(ParkRow row, Park? park, Participation? participation, bool rename, bool keepAsVariant, List<ImportProblem> problems)
    {
        var changes = new List<FieldChange>();
        var isNew = park is null;
        if (park is null)
        {
            park = new Park { Name = row.Name };
            park.Memberships.AddRange(Memberships(row.Region));
            db.Parks.Add(park);
        }
        CopyFields(row, park, isNew, rename, keepAsVariant, changes);
        var before = problems.Count;
        if (campaign is not null) ApplyParticipation(row, park, participation, changes, problems);
        var status = problems.Count > before ? ImportRowStatus.Problem
            : isNew ? ImportRowStatus.New : changes.Count > 0 ? ImportRowStatus.Changed : ImportRowStatus.Matched;
        return new ImportRowOutcome(row.Row, row.Name, status, isNew ? null : park.Id, isNew ? null : park.Name,
            isNew ? [] : changes, []);
    }

    /// <summary>
    /// A new park's memberships: the region the list names as of its date and, when that region has ended since, each
    /// successor from the day it took over (a 2018 list names 莱芜市; the park is in 济南市 from 2019-01-09).
    /// </summary>
    private IEnumerable<ParkRegionMembership> Memberships(Region named)
    {
        Region? previous = null;
        foreach (var (region, from, to) in regions.Succession(named))
        {
            var reason = previous is null ? $"导入 {fileName}"
                : string.Create(CultureInfo.InvariantCulture, $"导入 {fileName}；{previous.NameZh}于{from:yyyy-MM-dd}起由{regions.FullName(region)}承继");
            yield return new ParkRegionMembership { RegionId = region.Id, ValidFrom = from, ValidTo = to, Reason = reason };
            previous = region;
        }
    }

    private void CopyFields(ParkRow row, Park park, bool isNew, bool rename, bool keepAsVariant, List<FieldChange> changes)
    {
        // Empty optional cells (null) never erase stored values.
        void Set<T>(string column, T current, T value, Action<T> set, Func<T, string?> show)
        {
            if (value is null || EqualityComparer<T>.Default.Equals(current, value)) return;
            changes.Add(new FieldChange(Label(column).Zh, Label(column).En, show(current), show(value)));
            set(value);
        }
        if (rename)
        {
            AddAlias(park, park.Name, ParkAliasKind.FormerName, changes);
            Set("Name", park.Name, row.Name, v => park.Name = v, v => v);
        }
        // An unstated level (未注明) never erases a level stored from a list that stated it.
        if (row.Level != ParkLevel.NotStated || isNew) Set("Level", park.Level, row.Level, v => park.Level = v, v => Text.Label(v).Zh);
        // A kind guessed from the name never changes a stored kind.
        if (row.KindStated || isNew) Set("Kind", park.Kind, row.Kind, v => park.Kind = v, v => Text.Label(v).Zh);
        Set("ShortName", park.ShortName, row.ShortName, v => park.ShortName = v, v => v);
        Set("Area", park.AreaKm2, row.AreaKm2, v => park.AreaKm2 = v, v => v?.ToString(CultureInfo.InvariantCulture));
        Set("LeadingIndustries", park.LeadingIndustries, row.LeadingIndustries, v => park.LeadingIndustries = v, v => v);
        Set("EnterpriseCount", park.EnterpriseCount, row.EnterpriseCount, v => park.EnterpriseCount = v, v => v?.ToString(CultureInfo.InvariantCulture));
        Set("YearFounded", park.YearFounded, row.YearFounded, v => park.YearFounded = v, v => v?.ToString(CultureInfo.InvariantCulture));
        Set("ManagementBody", park.ManagementBody, row.ManagementBody, v => park.ManagementBody = v, v => v);
        // A county refines a membership recorded at city level.
        if (!isNew && row.County is not null && row.City is { } city
            && park.Memberships.SingleOrDefault(m => m.ValidTo is null && m.RegionId == city.Id) is { } membership)
        {
            membership.RegionId = row.County.Id;
            changes.Add(new FieldChange(Label("County").Zh, Label("County").En, null, row.County.NameZh));
        }
        if (keepAsVariant) AddAlias(park, row.Name, ParkAliasKind.Variant, changes);
        foreach (var name in row.FormerNames) AddAlias(park, name, ParkAliasKind.FormerName, changes);
        foreach (var name in row.OtherNames) AddAlias(park, name, ParkAliasKind.Variant, changes);
    }

    /// <summary>Records another name of the park unless it is its name or already one of its names.</summary>
    private void AddAlias(Park park, string name, ParkAliasKind kind, List<FieldChange> changes)
    {
        if (ParkNames.Same(name, park.Name) || park.Aliases.Any(a => ParkNames.Same(a.Name, name))) return;
        park.Aliases.Add(new ParkAlias { Name = name.Trim(), Kind = kind, RecordedBy = actor, RecordedAtUtc = _now, Source = Source() });
        var column = kind == ParkAliasKind.FormerName ? "FormerNames" : "OtherNames";
        changes.Add(new FieldChange(Label(column).Zh, Label(column).En, null, name.Trim()));
    }

    /// <summary>
    /// The date a campaign's list took effect: its notice's date, else the campaign document's date; null (today, as
    /// recorded live) when the campaign carries neither.
    /// </summary>
    internal static DateOnly? ListDate(Campaign campaign) => campaign.NoticeIssuedOn ?? campaign.IssuedOn;

    private string Source() => campaign is { DocumentNumber.Length: > 0 } ? $"导入 {fileName}（{campaign.DocumentNumber}）" : $"导入 {fileName}";

    private void ApplyParticipation(ParkRow row, Park park, Participation? participation, List<FieldChange> changes, List<ImportProblem> problems)
    {
        if (participation is null)
        {
            participation = new Participation { Campaign = campaign, Park = park, PlannedYear = row.PlannedYear, Sequence = row.Sequence };
            participation.MoveTo(row.State ?? ParticipationState.Listed, actor, _now, Source(), row.StateOn ?? ListDate(campaign!));
            db.Participations.Add(participation);
            return;
        }
        if (row.PlannedYear is { } year && year != participation.PlannedYear)
        {
            changes.Add(new FieldChange(Label("PlannedYear").Zh, Label("PlannedYear").En, Show(participation.PlannedYear), Show(year)));
            participation.PlannedYear = year;
        }
        if (row.Sequence is { } sequence && sequence != participation.Sequence)
        {
            changes.Add(new FieldChange(Label("Sequence").Zh, Label("Sequence").En, Show(participation.Sequence), Show(sequence)));
            participation.Sequence = sequence;
        }
        if (row.State is { } to && to != participation.State) ChangeState(row, participation, to, changes, problems);
    }

    /// <summary>
    /// A changed 状态 becomes a dated state change: forward only, dated by 状态日期 (the document's date), not after
    /// today and not before the change it follows.
    /// </summary>
    private void ChangeState(ParkRow row, Participation participation, ParticipationState to, List<FieldChange> changes, List<ImportProblem> problems)
    {
        var from = participation.State;
        var label = Label("State");
        string? rule = null;
        object[] args = [Text.Label(from).Zh, Text.Label(to).Zh];
        if (to < from) rule = "state-backward";
        else if (row.StateOn is not { } on) rule = "state-date-required";
        else if (EffectiveDates.Rule(on, _today, participation) is var (broken, limit))
            (rule, args) = (broken == EffectiveDateRule.Future ? "state-date-future" : "state-date-order", [Day(on), Day(limit)]);
        if (rule is not null)
        {
            var column = rule.StartsWith("state-date-", StringComparison.Ordinal) && rule != "state-date-required" ? Label("StateDate") : label;
            problems.Add(ImportProblem.Of(row.Row, column.Zh, rule, Text.Get($"Rule.{rule}", [column.Zh, column.En, .. args])));
            return;
        }
        participation.MoveTo(to, actor, _now, Source(), row.StateOn);
        changes.Add(new FieldChange(label.Zh, label.En, Text.Label(from).Zh, Text.Label(to).Zh));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Show(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static Bilingual Label(string key) => ParkImportColumns.Label(key);
}
