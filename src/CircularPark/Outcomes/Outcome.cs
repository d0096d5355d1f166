using CircularPark.Localization;

namespace CircularPark.Outcomes;

/// <summary>How a use case ended. Each kind maps to one HTTP status and one page behaviour (ADR 0044).</summary>
public enum OutcomeKind
{
    /// <summary>Done (200/201/204).</summary>
    Ok = 0,
    /// <summary>No such thing, or the user may not know it exists (404; ADR 0003).</summary>
    NotFound = 1,
    /// <summary>The user may see it but not do this (403).</summary>
    Forbidden = 2,
    /// <summary>Bad input: field-keyed messages naming the rule broken (400; 413 or 422 where a limit says so).</summary>
    Invalid = 3,
    /// <summary>Not in this state, or someone else changed it meanwhile (409): the message says what must happen first.</summary>
    Conflict = 4,
    /// <summary>The database is busy with another writer and nothing was saved (503 with Retry-After).</summary>
    Busy = 5,
    /// <summary>The input is larger than the limit (413).</summary>
    TooLarge = 6,
}

/// <summary>
/// Why a use case did not do what was asked: the kind, the reason in both languages, field-keyed errors (for
/// <see cref="OutcomeKind.Invalid"/>) and, for a workflow step refused in a state, that state's name.
/// </summary>
public sealed record Failure(OutcomeKind Kind, Bilingual? Message = null, IReadOnlyDictionary<string, Bilingual>? Errors = null, string? State = null)
{
    /// <summary>For input refused by rules (statistics, formulas): every finding, warnings included, as the form shows them.</summary>
    public IReadOnlyList<RuleFinding> Findings { get; init; } = [];

    public static Failure NotFound(Bilingual message) => new(OutcomeKind.NotFound, message);

    public static Failure NotFound(string key, params object?[] args) => new(OutcomeKind.NotFound, Text.Get(key, args));

    public static readonly Failure Forbidden = new(OutcomeKind.Forbidden, Text.Get("Outcome.Forbidden"));

    public static Failure Invalid(IReadOnlyDictionary<string, Bilingual> errors) => new(OutcomeKind.Invalid, Errors: errors);

    /// <summary>One field broke one rule: <paramref name="key"/> is the message resource.</summary>
    public static Failure Invalid(string field, string key, params object?[] args) =>
        new(OutcomeKind.Invalid, Errors: new Dictionary<string, Bilingual> { [field] = Text.Get(key, args) });

    /// <summary>One field broke one rule, with its message.</summary>
    public static Failure Invalid(string field, Bilingual message) =>
        new(OutcomeKind.Invalid, Errors: new Dictionary<string, Bilingual> { [field] = message });

    /// <summary>
    /// Input refused because it breaks error-level rules: the errors keyed by the item they concern (several joined), and
    /// all the findings (warnings too) for a form to list.
    /// </summary>
    public static Failure Rejected(IReadOnlyList<RuleFinding> findings) => new(OutcomeKind.Invalid, Errors: findings
        .Where(f => f.Severity == "error")
        .GroupBy(f => string.IsNullOrEmpty(f.Item) ? f.Code : f.Item)
        .ToDictionary(g => g.Key, g => new Bilingual(
            string.Join("；", g.Select(f => f.Excerpt is null ? f.MessageZh : $"{f.MessageZh}\n{f.Excerpt}")),
            string.Join("; ", g.Select(f => f.Excerpt is null ? f.MessageEn : $"{f.MessageEn}\n{f.Excerpt}")))))
    {
        Findings = findings,
    };

    public static Failure Conflict(Bilingual message, string? state = null) => new(OutcomeKind.Conflict, message, State: state);

    public static Failure Conflict(string key, params object?[] args) => new(OutcomeKind.Conflict, Text.Get(key, args));

    /// <summary>Someone else saved the same thing first: reload and try again.</summary>
    public static readonly Failure Concurrent = new(OutcomeKind.Conflict, Text.Get("Outcome.Concurrent"));

    /// <summary>The database's single writer stayed busy: nothing was saved, try again shortly.</summary>
    public static readonly Failure Busy = new(OutcomeKind.Busy, Text.Get("Database.Busy"));

    public static Failure TooLarge(string key, params object?[] args) => new(OutcomeKind.TooLarge, Text.Get(key, args));

    /// <summary>What a form lists for this failure: the rules broken, or the one reason (locked, not found, busy) as a finding.</summary>
    public IReadOnlyList<RuleFinding> FindingsOrReason() => Findings.Count > 0
        ? Findings
        : [new RuleFinding($"Outcome.{Kind}", "error", null, Explain(english: false), Explain(english: true))];

    /// <summary>The reason in one language: the message, or the field errors joined.</summary>
    public string Explain(bool english) =>
        Message?.In(english) ?? string.Join(english ? "; " : "；", Errors?.Values.Select(e => e.In(english)) ?? []);
}

/// <summary>The outcome of a use case that returns nothing: ok, or a <see cref="Failure"/>.</summary>
public readonly record struct Outcome(Failure? Failure)
{
    public static readonly Outcome Ok = new(null);

    public bool IsOk => Failure is null;

    public OutcomeKind Kind => Failure?.Kind ?? OutcomeKind.Ok;

    public static implicit operator Outcome(Failure failure) => new(failure);
}

/// <summary>The outcome of a use case that returns a <typeparamref name="T"/> when it succeeds, or a <see cref="Failure"/>.</summary>
public readonly record struct Outcome<T>
{
    private readonly T? _value;

    public Outcome(T value) => (_value, Failure) = (value, null);

    public Outcome(Failure failure) => (_value, Failure) = (default, failure);

    public Failure? Failure { get; }

    public bool IsOk => Failure is null;

    public OutcomeKind Kind => Failure?.Kind ?? OutcomeKind.Ok;

    /// <summary>The value; only when <see cref="IsOk"/>.</summary>
    public T Value => IsOk ? _value! : throw new InvalidOperationException($"No value: the outcome is {Failure!.Kind}.");

    public static implicit operator Outcome<T>(T value) => new(value);

    public static implicit operator Outcome<T>(Failure failure) => new(failure);

    /// <summary>Without the value, for callers that only need to know how it ended.</summary>
    public Outcome WithoutValue() => new(Failure);
}
