using CircularPark.Localization;
using CircularPark.Parks;

namespace CircularPark.Enterprises;

/// <summary>What a create, update or delete did: the outcome, the broken rules by field, the id and version stored.</summary>
public sealed record SaveResult(UpdateOutcome Outcome, IReadOnlyDictionary<string, Bilingual>? Errors = null, int? Id = null, long? Version = null)
{
    public static readonly SaveResult NotFound = new(UpdateOutcome.NotFound);
    public static readonly SaveResult Forbidden = new(UpdateOutcome.Forbidden);

    public static SaveResult Invalid(IReadOnlyDictionary<string, Bilingual> errors) => new(UpdateOutcome.Invalid, errors);

    /// <summary>Refused because of the state it is in (409), saying why.</summary>
    public static SaveResult Conflict(Bilingual reason) => new(UpdateOutcome.Conflict, new Dictionary<string, Bilingual> { ["state"] = reason });

    public static SaveResult Saved(int id, long version) => new(UpdateOutcome.Updated, Id: id, Version: version);
}
