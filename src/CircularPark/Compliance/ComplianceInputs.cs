using CircularPark.Localization;

namespace CircularPark.Compliance;

/// <summary>A clean-production audit as entered (<see cref="Version"/> for an update: the version read).</summary>
public sealed record AuditInput(int EnterpriseId, int Year, AuditType Type, AuditStage Stage, string? Auditor = null, DateOnly? AcceptedOn = null,
    string? Result = null, long? Version = null);

/// <summary>An energy-saving inspection as entered; closing a rectification sets <see cref="ClosedOn"/>.</summary>
public sealed record InspectionInput(int EnterpriseId, InspectionKind Kind, DateOnly InspectedOn, string? Findings, DateOnly? RectificationDueOn = null,
    string? Inspector = null, DateOnly? ClosedOn = null, string? ClosureNote = null, long? Version = null);

/// <summary>A planning EIA as entered.</summary>
public sealed record EiaInput(string? ReportTitle, string? ApprovalNumber, DateOnly? ApprovedOn, DateOnly? ValidUntil = null,
    DateOnly? FollowUpDueOn = null, DateOnly? FollowUpDoneOn = null, string? Note = null, long? Version = null);

/// <summary>A green designation as entered (no enterprise for a green park).</summary>
public sealed record GreenInput(int? EnterpriseId, GreenKind Kind, GreenLevel Level, int Year, string? DocumentNumber, string? ProductName = null,
    long? Version = null);

/// <summary>The yearly environmental-management assessment report as entered; <see cref="PublishedOn"/> publishes it.</summary>
public sealed record EnvironmentalReportInput(int Year, string? Title, string? Summary, DateOnly? PublishedOn = null, long? Version = null);

/// <summary>The field rules of the registers; each broken rule is a field-keyed message in both languages.</summary>
internal sealed class ComplianceRules(DateOnly today)
{
    public Dictionary<string, Bilingual> Errors { get; } = [];

    public ComplianceRules Required(string field, string? text, int max = ComplianceLimits.Name)
    {
        if (string.IsNullOrWhiteSpace(text)) Errors.TryAdd(field, Text.Get("Compliance.Required"));
        else Optional(field, text, max);
        return this;
    }

    public ComplianceRules Optional(string field, string? text, int max = ComplianceLimits.Name)
    {
        if (text is { } t && t.Trim().Length > max) Errors.TryAdd(field, Text.Get("Compliance.TooLong", max));
        return this;
    }

    public ComplianceRules Year(string field, int year)
    {
        if (year is < 1990 or > 2100) Errors.TryAdd(field, Text.Get("Compliance.Year"));
        return this;
    }

    public ComplianceRules Defined<T>(string field, T value) where T : struct, Enum
    {
        if (!Enum.IsDefined(value)) Errors.TryAdd(field, Text.Get("Compliance.UnknownValue", value));
        return this;
    }

    /// <summary>A fact's day (accepted, closed, done, published) cannot lie after today (China time).</summary>
    public ComplianceRules NotFuture(string field, DateOnly? day)
    {
        if (day is { } d && d > today) Errors.TryAdd(field, Text.Get("Compliance.DateInFuture", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return this;
    }

    /// <summary><paramref name="later"/> is not before <paramref name="earlier"/>; the message names the rule.</summary>
    public ComplianceRules NotBefore(string field, DateOnly? later, DateOnly? earlier, string rule)
    {
        if (later is { } l && earlier is { } e && l < e) Errors.TryAdd(field, Text.Get(rule));
        return this;
    }

    public ComplianceRules Check(string field, bool ok, string rule)
    {
        if (!ok) Errors.TryAdd(field, Text.Get(rule));
        return this;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
