using CircularPark.Engines.Symbiosis;

namespace CircularPark.Enterprises;

/// <summary>
/// An enterprise as the API, the edit page and the import write it: its facts, permit, streams (with their users) and
/// inputs. Saving a draft replaces the enterprise's streams and inputs with the draft's, matched by material code so a
/// kept stream keeps its users elsewhere. <see cref="Version"/> is the version the editor read (ignored on create).
/// </summary>
public sealed class EnterpriseDraft
{
    public string Name { get; set; } = "";
    public string IndustryCode { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Address { get; set; }
    public string? PermitNumber { get; set; }
    public string? PermitScope { get; set; }
    public DateOnly? PermitValidTo { get; set; }
    public List<StreamDraft> Streams { get; set; } = [];
    public List<InputDraft> Inputs { get; set; } = [];
    public long Version { get; set; }
}

/// <summary>A stream the enterprise puts out: quantity per year in <see cref="Unit"/>.</summary>
public sealed class StreamDraft
{
    public string Name { get; set; } = "";
    public StreamKind Kind { get; set; }
    public string MaterialCode { get; set; } = "";
    public string? MaterialCategory { get; set; }
    public double Quantity { get; set; }
    public QuantityUnit Unit { get; set; } = QuantityUnit.Tonne;
    public string? HazardCode { get; set; }
    public string? SolidWasteCode { get; set; }
    public List<UseDraft> Uses { get; set; } = [];
}

/// <summary>A user of a stream: another enterprise of the park (by id) or a user outside the park (by name); the
/// quantity per year in the stream's unit, or null for all of it.</summary>
public sealed class UseDraft
{
    public int? EnterpriseId { get; set; }
    public string? OutsideUser { get; set; }
    public double? Quantity { get; set; }
}

/// <summary>A material the enterprise takes in: quantity per year, and whether it is bought outside the park.</summary>
public sealed class InputDraft
{
    public string Name { get; set; } = "";
    public string MaterialCode { get; set; } = "";
    public double Quantity { get; set; }
    public QuantityUnit Unit { get; set; } = QuantityUnit.Tonne;
    public bool BoughtOutsidePark { get; set; }
}
