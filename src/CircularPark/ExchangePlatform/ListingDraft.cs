using CircularPark.Engines.Symbiosis;
using CircularPark.Enterprises;
using Enterprise = CircularPark.Enterprises.Enterprise;
using CircularPark.Localization;

namespace CircularPark.ExchangePlatform;

/// <summary>
/// An offer or need as the API and the exchange page write it. Location defaults to the enterprise's. Quality entries:
/// an offer gives each attribute's <see cref="QualityDraft.Value"/>; a need gives <see cref="QualityDraft.Min"/> and/or
/// <see cref="QualityDraft.Max"/>.
/// </summary>
public sealed class ListingDraft
{
    public const int NoteLength = 500;
    public const int AttributeLength = 60;
    public const double MaxTonnes = 1e9;
    public const double MaxCostPerTonne = 1e6;

    public int EnterpriseId { get; set; }
    public string MaterialCode { get; set; } = "";
    public string? MaterialCategory { get; set; }
    public string? HazardCode { get; set; }
    public double Tonnes { get; set; }
    public DateOnly AvailableFrom { get; set; }
    public DateOnly AvailableTo { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public double CostPerTonne { get; set; }
    public string? Note { get; set; }
    public List<QualityDraft> Quality { get; set; } = [];
    public long Version { get; set; }

    /// <summary>The rules of a listing on <paramref name="side"/>; <paramref name="enterprise"/> null when the id names none.</summary>
    public Dictionary<string, Bilingual> Validate(ListingSide side, Enterprise? enterprise)
    {
        var check = new FieldChecker();
        if (enterprise is null) check.Fail("enterpriseId", "ListingField.Enterprise", "unknown-enterprise", EnterpriseRules.Invariant(EnterpriseId));
        if (!WasteCodes.IsMaterialCode(MaterialCode?.Trim())) check.Fail("materialCode", "StreamColumn.MaterialCode", "material-code", MaterialCode ?? "");
        if (!string.IsNullOrWhiteSpace(MaterialCategory) && !WasteCodes.IsMaterialCode(MaterialCategory.Trim()))
            check.Fail("materialCategory", "StreamColumn.Category", "material-code", MaterialCategory);
        if (!string.IsNullOrWhiteSpace(HazardCode) && (side != ListingSide.Offer || !HazardousWasteCode.TryParse(HazardCode, out _)))
            check.Fail("hazardCode", "StreamColumn.HazardCode", "hazard-code", HazardCode);
        if (!(double.IsFinite(Tonnes) && Tonnes > 0 && Tonnes <= MaxTonnes))
            check.Fail("tonnes", "ListingField.Tonnes", "positive", EnterpriseRules.Invariant(Tonnes), EnterpriseRules.Invariant(MaxTonnes));
        if (AvailableTo < AvailableFrom) check.Fail("availableTo", "ListingField.AvailableTo", "window", AvailableTo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (!(double.IsFinite(CostPerTonne) && CostPerTonne >= 0 && CostPerTonne <= MaxCostPerTonne))
            check.Fail("costPerTonne", side == ListingSide.Offer ? "ListingField.DisposalCost" : "ListingField.VirginCost", "range",
                EnterpriseRules.Invariant(CostPerTonne), "0", EnterpriseRules.Invariant(MaxCostPerTonne));
        EnterpriseRules.CheckLocation(check, Latitude, Longitude);
        if (Latitude is null && enterprise is { Latitude: null }) check.Fail("latitude", "EnterpriseColumn.Latitude", "location-required", enterprise.Name);
        check.TextField("note", "ListingField.Note", Note, NoteLength, required: false, Inputs.TextKind.MultiLine);
        CheckQuality(check, side);
        return check.Errors;
    }

    private void CheckQuality(FieldChecker check, ListingSide side)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (Quality ?? []).Count; i++)
        {
            var (q, at) = (Quality![i], check.At("quality", i));
            if (at.TextField("attribute", "ListingField.Attribute", q.Attribute, AttributeLength, required: true) && !seen.Add(q.Attribute.Trim()))
                at.Fail("attribute", "ListingField.Attribute", "duplicate-attribute", q.Attribute.Trim());
            var finite = new[] { q.Value, q.Min, q.Max }.All(v => v is null || double.IsFinite(v.Value));
            var ok = side == ListingSide.Offer
                ? q.Value is not null && q.Min is null && q.Max is null
                : q.Value is null && (q.Min is not null || q.Max is not null) && !(q.Min > q.Max);
            if (!finite || !ok) at.Fail(side == ListingSide.Offer ? "value" : "min", "ListingField.Attribute",
                side == ListingSide.Offer ? "quality-value" : "quality-limit", q.Attribute ?? "");
        }
    }
}

public sealed class QualityDraft
{
    public string Attribute { get; set; } = "";
    public double? Value { get; set; }
    public double? Min { get; set; }
    public double? Max { get; set; }
}
