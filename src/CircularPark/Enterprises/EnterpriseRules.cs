using System.Globalization;
using CircularPark.Engines.Symbiosis;
using CircularPark.Localization;

namespace CircularPark.Enterprises;

/// <summary>
/// The rules an enterprise draft must keep before anything is stored. Each broken rule is reported under the JSON path
/// of its field (<c>streams[1].hazardCode</c>) with a message in both languages that names the field and the rule.
/// </summary>
public static class EnterpriseRules
{
    public const int NameLength = 200;
    public const int AddressLength = 300;
    public const int PermitNumberLength = 60;
    public const int PermitScopeLength = 500;
    public const int CodeLength = 60;

    /// <param name="draft">The draft.</param>
    /// <param name="otherEnterprises">Ids of the park's other enterprises (possible users of its streams).</param>
    public static Dictionary<string, Bilingual> Validate(EnterpriseDraft draft, IReadOnlySet<int> otherEnterprises) => Check(draft, otherEnterprises).Errors;

    /// <summary>The checker after all rules, with the rule broken at each key.</summary>
    public static FieldChecker Check(EnterpriseDraft draft, IReadOnlySet<int> otherEnterprises)
    {
        var check = new FieldChecker();
        check.TextField("name", "EnterpriseColumn.Name", draft.Name, NameLength, required: true);
        if (IndustryCodes.Normalise(draft.IndustryCode) is null)
            check.Fail("industryCode", "EnterpriseColumn.IndustryCode", "industry-code", draft.IndustryCode);
        CheckLocation(check, draft.Latitude, draft.Longitude);
        check.TextField("address", "EnterpriseColumn.Address", draft.Address, AddressLength, required: false);
        check.TextField("permitNumber", "EnterpriseColumn.PermitNumber", draft.PermitNumber, PermitNumberLength, required: false);
        if (check.TextField("permitScope", "EnterpriseColumn.PermitScope", draft.PermitScope, PermitScopeLength, required: false)
            && Enterprise.SplitList(draft.PermitScope).FirstOrDefault(e => WasteCodes.NormalisePermitEntry(e) is null) is { } bad)
            check.Fail("permitScope", "EnterpriseColumn.PermitScope", "permit-scope", bad);
        var streams = draft.Streams ?? [];
        for (var i = 0; i < streams.Count; i++) CheckStream(check.At("streams", i), streams[i], otherEnterprises);
        check.Unique("streams", "StreamColumn.MaterialCode", streams.Select(s => s.MaterialCode));
        var inputs = draft.Inputs ?? [];
        for (var i = 0; i < inputs.Count; i++)
        {
            var at = check.At("inputs", i);
            CheckMaterial(at, inputs[i].Name, inputs[i].MaterialCode, inputs[i].Quantity, inputs[i].Unit);
        }
        check.Unique("inputs", "StreamColumn.MaterialCode", inputs.Select(s => s.MaterialCode));
        return check;
    }

    /// <summary>The rules plus a name unique among the park's other enterprises (tracked, by id).</summary>
    internal static Dictionary<string, Bilingual> ValidateInPark(EnterpriseDraft draft, IReadOnlyDictionary<int, Enterprise> others)
    {
        var errors = Validate(draft, others.Keys.ToHashSet());
        var name = draft.Name?.Trim() ?? "";
        if (!errors.ContainsKey("name") && others.Values.Any(e => e.Name == name)) errors["name"] = Text.Get("Rule.enterprise-name-taken", name);
        return errors;
    }

    /// <summary>Latitude and longitude go together, each within its range.</summary>
    public static void CheckLocation(FieldChecker check, double? latitude, double? longitude)
    {
        if (latitude is null != longitude is null) check.Fail(latitude is null ? "latitude" : "longitude",
            latitude is null ? "EnterpriseColumn.Latitude" : "EnterpriseColumn.Longitude", "coordinates-pair", "");
        if (latitude is { } lat && !(lat is >= -90 and <= 90)) check.Fail("latitude", "EnterpriseColumn.Latitude", "range", Invariant(lat), "-90", "90");
        if (longitude is { } lon && !(lon is >= -180 and <= 180)) check.Fail("longitude", "EnterpriseColumn.Longitude", "range", Invariant(lon), "-180", "180");
    }

    private static void CheckStream(FieldChecker check, StreamDraft s, IReadOnlySet<int> otherEnterprises)
    {
        CheckMaterial(check, s.Name, s.MaterialCode, s.Quantity, s.Unit);
        if (!Enum.IsDefined(s.Kind)) check.Fail("kind", "StreamColumn.Kind", "stream-kind", s.Kind.ToString());
        if (!string.IsNullOrWhiteSpace(s.MaterialCategory) && !WasteCodes.IsMaterialCode(s.MaterialCategory.Trim()))
            check.Fail("materialCategory", "StreamColumn.Category", "material-code", s.MaterialCategory);
        if (Enum.IsDefined(s.Unit) && !s.Unit.Fits(s.Kind)) check.Fail("unit", "StreamColumn.Unit", "unit-kind", Text.Label(s.Unit).Zh);
        if (!string.IsNullOrWhiteSpace(s.HazardCode))
        {
            if (!HazardousWasteCode.TryParse(s.HazardCode, out _)) check.Fail("hazardCode", "StreamColumn.HazardCode", "hazard-code", s.HazardCode);
            else if (s.Kind != StreamKind.Waste) check.Fail("hazardCode", "StreamColumn.HazardCode", "waste-code-kind", s.HazardCode);
        }
        if (!string.IsNullOrWhiteSpace(s.SolidWasteCode))
        {
            if (WasteCodes.NormaliseSolidWaste(s.SolidWasteCode) is null) check.Fail("solidWasteCode", "StreamColumn.SolidWasteCode", "solid-waste-code", s.SolidWasteCode);
            else if (s.Kind != StreamKind.Waste) check.Fail("solidWasteCode", "StreamColumn.SolidWasteCode", "waste-code-kind", s.SolidWasteCode);
            else if (!string.IsNullOrWhiteSpace(s.HazardCode)) check.Fail("solidWasteCode", "StreamColumn.SolidWasteCode", "waste-code-both", s.SolidWasteCode);
        }
        CheckUses(check, s, otherEnterprises);
    }

    private static void CheckUses(FieldChecker check, StreamDraft s, IReadOnlySet<int> otherEnterprises)
    {
        var uses = s.Uses ?? [];
        var seen = new HashSet<int>();
        for (var j = 0; j < uses.Count; j++)
        {
            var use = uses[j];
            var at = check.At("uses", j);
            var outside = string.IsNullOrWhiteSpace(use.OutsideUser) ? null : use.OutsideUser.Trim();
            if (use.EnterpriseId is null == outside is null) at.Fail("enterpriseId", "StreamColumn.User", "use-target", "");
            else if (use.EnterpriseId is { } id && !otherEnterprises.Contains(id)) at.Fail("enterpriseId", "StreamColumn.User", "unknown-user", Invariant(id));
            else if (use.EnterpriseId is { } again && !seen.Add(again)) at.Fail("enterpriseId", "StreamColumn.User", "duplicate-user", Invariant(again));
            else if (outside is not null) at.TextField("outsideUser", "StreamColumn.User", outside, NameLength, required: true);
            if (use.Quantity is { } q && !(double.IsFinite(q) && q >= 0)) at.Fail("quantity", "StreamColumn.UserQuantity", "number", Invariant(q));
        }
        var wholes = uses.Count(u => u.Quantity is null);
        var used = uses.Sum(u => u.Quantity ?? 0);
        if (uses.Count > 0 && double.IsFinite(s.Quantity) && s.Quantity >= 0 && (wholes > 1 || (wholes == 1 && uses.Count > 1) || used > s.Quantity * (1 + 1e-9)))
            check.Fail("uses", "StreamColumn.UserQuantity", "overused", wholes > 0 ? "—" : Invariant(used), Invariant(s.Quantity));
    }

    private static void CheckMaterial(FieldChecker check, string name, string code, double quantity, QuantityUnit unit)
    {
        check.TextField("name", "StreamColumn.Name", name, NameLength, required: true);
        if (!WasteCodes.IsMaterialCode(code?.Trim())) check.Fail("materialCode", "StreamColumn.MaterialCode", "material-code", code ?? "");
        if (!(double.IsFinite(quantity) && quantity >= 0 && double.IsFinite(unit.ToTonnes(quantity)))) check.Fail("quantity", "StreamColumn.Quantity", "number", Invariant(quantity));
        if (!Enum.IsDefined(unit)) check.Fail("unit", "StreamColumn.Unit", "unit", unit.ToString());
    }

    internal static string Invariant(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
