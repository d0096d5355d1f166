using CircularPark.Data;
using CircularPark.Engines.Symbiosis;

namespace CircularPark.Enterprises;

/// <summary>A user of a stream resolved to a tracked enterprise (possibly new, not yet saved) or an outside name.</summary>
internal sealed record ResolvedUse(Enterprise? User, string? OutsideUser, double? Quantity);

/// <summary>
/// Writes a checked draft into a tracked enterprise: facts and permit replaced; streams and inputs matched by material
/// code (updated in place, so their ids and users survive), added, and — unless <c>keepMissing</c> — removed when the
/// draft leaves them out. Says whether anything changed; a change stamps <see cref="Enterprise.UpdatedAtUtc"/>, which
/// makes the save check and bump the enterprise's version even when only a stream changed.
/// </summary>
internal sealed class EnterpriseWriter(AppDbContext db)
{
    /// <param name="enterprise">The tracked enterprise (new or loaded with streams, their uses, and inputs).</param>
    /// <param name="draft">A draft that passed <see cref="EnterpriseRules"/>.</param>
    /// <param name="usesOf">The users of a draft stream; null keeps the stored ones.</param>
    /// <param name="keepMissing">Keep streams and inputs the draft does not list (imports never erase).</param>
    public bool Apply(Enterprise enterprise, EnterpriseDraft draft, Func<StreamDraft, IReadOnlyList<ResolvedUse>?> usesOf, bool keepMissing)
    {
        var before = Facts(enterprise);
        enterprise.Name = draft.Name.Trim();
        enterprise.IndustryCode = IndustryCodes.Normalise(draft.IndustryCode)!;
        (enterprise.Latitude, enterprise.Longitude) = (draft.Latitude, draft.Longitude);
        enterprise.Address = Clean(draft.Address);
        enterprise.PermitNumber = Clean(draft.PermitNumber);
        var entries = Enterprise.SplitList(draft.PermitScope).Select(e => WasteCodes.NormalisePermitEntry(e)!).Distinct(StringComparer.Ordinal);
        enterprise.PermitScope = Clean(string.Join("; ", entries));
        enterprise.PermitValidTo = draft.PermitValidTo;
        var changed = before != Facts(enterprise);
        changed |= ApplyStreams(enterprise, draft.Streams ?? [], usesOf, keepMissing);
        changed |= ApplyInputs(enterprise, draft.Inputs ?? [], keepMissing);
        if (changed) enterprise.UpdatedAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        return changed;
    }

    private bool ApplyStreams(Enterprise enterprise, List<StreamDraft> drafts, Func<StreamDraft, IReadOnlyList<ResolvedUse>?> usesOf, bool keepMissing) =>
        Merge(enterprise.Streams, drafts, s => s.MaterialCode, d => d.MaterialCode, code => new EnterpriseStream { Name = "", MaterialCode = code }, (stream, d) =>
        {
            var before = (stream.Name, stream.MaterialCategory, stream.Kind, stream.Quantity, stream.Unit, stream.HazardCode, stream.SolidWasteCode);
            (stream.Name, stream.MaterialCategory, stream.Kind, stream.Quantity, stream.Unit) = (d.Name.Trim(), Clean(d.MaterialCategory), d.Kind, d.Quantity, d.Unit);
            stream.HazardCode = HazardousWasteCode.TryParse(d.HazardCode, out var hazard) ? hazard!.Value : null;
            stream.SolidWasteCode = string.IsNullOrWhiteSpace(d.SolidWasteCode) ? null : WasteCodes.NormaliseSolidWaste(d.SolidWasteCode);
            var changed = before != (stream.Name, stream.MaterialCategory, stream.Kind, stream.Quantity, stream.Unit, stream.HazardCode, stream.SolidWasteCode);
            return usesOf(d) is { } uses ? ApplyUses(stream, uses) | changed : changed;
        }, keepMissing);

    private bool ApplyInputs(Enterprise enterprise, List<InputDraft> drafts, bool keepMissing) =>
        Merge(enterprise.Inputs, drafts, i => i.MaterialCode, d => d.MaterialCode, code => new EnterpriseInput { Name = "", MaterialCode = code }, (input, d) =>
        {
            var before = (input.Name, input.Quantity, input.Unit, input.BoughtOutsidePark);
            (input.Name, input.Quantity, input.Unit, input.BoughtOutsidePark) = (d.Name.Trim(), d.Quantity, d.Unit, d.BoughtOutsidePark);
            return before != (input.Name, input.Quantity, input.Unit, input.BoughtOutsidePark);
        }, keepMissing);

    private bool ApplyUses(EnterpriseStream stream, IReadOnlyList<ResolvedUse> uses)
    {
        var same = stream.Uses.Count == uses.Count && stream.Uses.Zip(uses).All(p =>
            ReferenceEquals(p.First.UserEnterprise, p.Second.User) && p.First.OutsideUser == p.Second.OutsideUser && p.First.Quantity == p.Second.Quantity);
        if (same) return false;
        foreach (var old in stream.Uses.ToList()) stream.Uses.Remove(db.Remove(old).Entity);
        stream.Uses.AddRange(uses.Select(u => new StreamUse { UserEnterprise = u.User, OutsideUser = u.User is null ? u.OutsideUser : null, Quantity = u.Quantity }));
        return true;
    }

    /// <summary>Matches drafts to stored children by material code: updates, adds, and (unless kept) removes the missing ones.</summary>
    private bool Merge<TEntity, TDraft>(List<TEntity> stored, List<TDraft> drafts, Func<TEntity, string> codeOf, Func<TDraft, string> draftCodeOf,
        Func<string, TEntity> create, Func<TEntity, TDraft, bool> update, bool keepMissing) where TEntity : class
    {
        var changed = false;
        var byCode = stored.ToDictionary(codeOf, StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            var code = draftCodeOf(d).Trim();
            if (!byCode.Remove(code, out var entity))
            {
                stored.Add(entity = create(code));
                changed = true;
            }
            changed |= update(entity, d);
        }
        if (keepMissing || byCode.Count == 0) return changed;
        foreach (var gone in byCode.Values) stored.Remove(db.Remove(gone).Entity);
        return true;
    }

    private static (string, string, double?, double?, string?, string?, string?, DateOnly?) Facts(Enterprise e) =>
        (e.Name, e.IndustryCode, e.Latitude, e.Longitude, e.Address, e.PermitNumber, e.PermitScope, e.PermitValidTo);

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
