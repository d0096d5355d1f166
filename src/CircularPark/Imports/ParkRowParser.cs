using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Inputs;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;

namespace CircularPark.Imports;

/// <summary>A row that passed every rule, ready to be compared with what is stored.</summary>
public sealed record ParkRow(
    int Row, int? Sequence, string Name, string? ShortName, ParkLevel Level, ParkKind Kind, ResolvedPlace Place,
    int? PlannedYear, ParticipationState? State, double? AreaKm2, string? LeadingIndustries, int? EnterpriseCount,
    int? YearFounded, string? ManagementBody)
{
    /// <summary>曾用名: names the park had before (a stored park of such a name is this park, renamed).</summary>
    public IReadOnlyList<string> FormerNames { get; init; } = [];

    /// <summary>别名: other names the park is known by.</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>Whether the row states its kind (类别); otherwise <see cref="Kind"/> is guessed from the name.</summary>
    public bool KindStated { get; init; }

    /// <summary>状态日期: the date <see cref="State"/> took effect (the document's date).</summary>
    public DateOnly? StateOn { get; init; }

    /// <summary>The unit the park counts under by city (a municipality or a 省直辖 county for itself); null for a province alone.</summary>
    public Region? City => Place.City;

    public Region? County => Place.County;

    /// <summary>The most specific region the row names: the park's membership.</summary>
    public Region Region => Place.Region;
}

/// <summary>
/// Checks one row of a park list against every rule and reports each broken one. Places (省份, 属地, 区县) are read by the
/// one <see cref="PlaceResolver"/> as of the list's date, within the campaign's scope.
/// </summary>
public sealed class ParkRowParser(ParkImportColumns columns, PlaceResolver places, Region scope, DateOnly asOf, AccessScope user, bool campaignList)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2060;

    private static readonly Dictionary<string, ParkKind> KindAliases = new()
    {
        ["经济技术开发区"] = ParkKind.EconomicTechnologicalDevelopmentZone,
        ["国家级经济技术开发区"] = ParkKind.EconomicTechnologicalDevelopmentZone,
        ["高新技术产业开发区"] = ParkKind.HighTechZone,
        ["开发区"] = ParkKind.EconomicDevelopmentZone,
        ["产业园"] = ParkKind.IndustrialTransferPark,
        ["产业转移工业园区"] = ParkKind.IndustrialTransferPark,
    };

    public ParkRow? Parse(TableRow row, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var name = Required(row, "Name", 200, problems);
        var shortName = Optional(row, "ShortName", 100, problems);
        var level = Enum(row, "Level", "level", ParkLevel.NotStated, problems, required: false);
        var kind = Kind(row, name, problems);
        var place = Place(row, problems);
        var plannedYear = Integer(row, "PlannedYear", MinYear, MaxYear, "year", problems);
        if (campaignList && plannedYear is null && columns.Value(row, "PlannedYear").Length == 0)
            Add(problems, row, "PlannedYear", "planned-year-required", "");
        var state = columns.Value(row, "State").Length == 0 ? (ParticipationState?)null
            : Enum(row, "State", "state", ParticipationState.Listed, problems, required: false);
        var area = Number(row, "Area", problems);
        var enterprises = Integer(row, "EnterpriseCount", 0, 10_000_000, "integer", problems);
        var founded = Integer(row, "YearFounded", 1949, MaxYear, "year", problems);
        var industries = Optional(row, "LeadingIndustries", 1000, problems);
        var body = Optional(row, "ManagementBody", 200, problems);
        var sequence = Integer(row, "Sequence", 0, 1_000_000, "integer", problems);
        if (place is not null && !user.Allows(Permissions.ParkImport, ScopeTarget.Region(place.Region.Path)))
            problems.Add(ImportProblem.Of(row.Number, Label("City").Zh, "scope",
                Text.Get("Rule.scope", Label("City").Zh, Label("City").En, place.Region.NameZh, place.Region.NameEn)));
        var formerNames = Names(row, "FormerNames", problems);
        var otherNames = Names(row, "OtherNames", problems);
        var stateOn = Date(row, "StateDate", problems);
        if (problems.Count > before || name is null || place is null) return null;
        return new ParkRow(row.Number, sequence, name, shortName, level, kind, place, plannedYear, state, area,
            industries, enterprises, founded, body)
        { FormerNames = formerNames, OtherNames = otherNames, StateOn = stateOn, KindStated = columns.Value(row, "Kind").Length > 0 };
    }

    /// <summary>Names separated by ；, ;, 、 or a line break; each a single line of at most 200 characters.</summary>
    private List<string> Names(TableRow row, string key, List<ImportProblem> problems)
    {
        var names = columns.Value(row, key).Split(['；', ';', '、', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in names)
        {
            if (name.Length > 200) Add(problems, row, key, "too-long", "200");
            else if (TextRules.FirstForbidden(name, TextKind.SingleLine) is var at and >= 0) Add(problems, row, key, "line-text", TextRules.CodePoint(name[at]));
        }
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private DateOnly? Date(TableRow row, string key, List<ImportProblem> problems)
    {
        var value = columns.Value(row, key);
        if (value.Length == 0) return null;
        if (CellDates.TryParse(value, out var day)) return day;
        Add(problems, row, key, "date", value);
        return null;
    }

    private string? Required(TableRow row, string key, int maxLength, List<ImportProblem> problems)
    {
        var value = columns.Value(row, key);
        if (value.Length == 0)
        {
            Add(problems, row, key, "required", value);
            return null;
        }
        if (TextRules.FirstForbidden(value, TextKind.SingleLine) is var at and >= 0)
        {
            Add(problems, row, key, "line-text", TextRules.CodePoint(value[at]));
            return null;
        }
        return Optional(row, key, maxLength, problems);
    }

    private string? Optional(TableRow row, string key, int maxLength, List<ImportProblem> problems)
    {
        var value = columns.Value(row, key);
        if (value.Length > maxLength)
        {
            Add(problems, row, key, "too-long", maxLength.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        return value.Length == 0 ? null : value;
    }

    private T Enum<T>(TableRow row, string key, string rule, T fallback, List<ImportProblem> problems, bool required) where T : struct, Enum
    {
        var value = columns.Value(row, key);
        if (value.Length == 0)
        {
            if (required) Add(problems, row, key, "required", value);
            return fallback;
        }
        if (Text.TryParseLabel<T>(value, out var parsed)) return parsed;
        Add(problems, row, key, rule, value);
        return fallback;
    }

    private ParkKind Kind(TableRow row, string? name, List<ImportProblem> problems)
    {
        var value = columns.Value(row, "Kind");
        if (value.Length == 0) return Guess(name ?? "");
        if (KindAliases.TryGetValue(value, out var alias)) return alias;
        if (Text.TryParseLabel<ParkKind>(value, out var kind)) return kind;
        Add(problems, row, "Kind", "kind", value);
        return ParkKind.Other;
    }

    /// <summary>The kind a park's name implies (经济技术开发区 → 经开区, …), or Other.</summary>
    public static ParkKind Guess(string name) => name switch
    {
        _ when name.Contains("经济技术开发区", StringComparison.Ordinal) => ParkKind.EconomicTechnologicalDevelopmentZone,
        _ when name.Contains("高新", StringComparison.Ordinal) => ParkKind.HighTechZone,
        _ when name.Contains("产业转移", StringComparison.Ordinal) => ParkKind.IndustrialTransferPark,
        _ when name.Contains("经济开发区", StringComparison.Ordinal) => ParkKind.EconomicDevelopmentZone,
        _ when name.Contains("出口加工区", StringComparison.Ordinal) => ParkKind.ExportProcessingZone,
        _ when name.Contains("工业园", StringComparison.Ordinal) || name.Contains("产业园", StringComparison.Ordinal) => ParkKind.IndustrialPark,
        _ when name.Contains("科技园", StringComparison.Ordinal) || name.Contains("科学园", StringComparison.Ordinal) => ParkKind.SciencePark,
        _ => ParkKind.Other,
    };

    /// <summary>The row's place from 省份, 属地 and 区县 (at least one of 省份 and 属地), or a problem naming the column.</summary>
    private ResolvedPlace? Place(TableRow row, List<ImportProblem> problems)
    {
        var (province, city, county) = (columns.Value(row, "Province"), columns.Value(row, "City"), columns.Value(row, "County"));
        if (city.Length == 0 && province.Length == 0 && county.Length == 0)
        {
            Add(problems, row, columns.Has("Province") ? "Province" : "City", "required", city);
            return null;
        }
        var resolution = places.Resolve(new PlaceQuery(province, city, county, asOf, scope));
        if (resolution.Problem is { } problem)
        {
            var key = problem.Field switch { PlaceField.Province => "Province", PlaceField.County => "County", _ => "City" };
            problems.Add(ImportProblem.Of(row.Number, Label(key).Zh, $"place-{Kebab(problem.Kind)}", problem.Message(Label(key))));
        }
        return resolution.Place;
    }

    private static string Kebab(PlaceProblemKind kind) => kind switch
    {
        PlaceProblemKind.NotACity => "not-a-city",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private int? Integer(TableRow row, string key, int min, int max, string rule, List<ImportProblem> problems)
    {
        var value = columns.Value(row, key);
        if (value.Length == 0) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == Math.Floor(number) && number >= min && number <= max)
            return (int)number;
        Add(problems, row, key, rule, value, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    private double? Number(TableRow row, string key, List<ImportProblem> problems)
    {
        var value = columns.Value(row, key);
        if (value.Length == 0) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 && double.IsFinite(number))
            return number;
        Add(problems, row, key, "number", value);
        return null;
    }

    private static Bilingual Label(string key) => ParkImportColumns.Label(key);

    private static void Add(List<ImportProblem> problems, TableRow row, string key, string rule, string value, params string[] extra)
    {
        var label = Label(key);
        problems.Add(ImportProblem.Of(row.Number, label.Zh, rule,
            Text.Get($"Rule.{rule}", [label.Zh, label.En, value, .. extra])));
    }
}
