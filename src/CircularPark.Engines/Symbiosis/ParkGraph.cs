namespace CircularPark.Engines.Symbiosis;

/// <summary>An enterprise of the park.</summary>
/// <param name="Id">Unique in the graph.</param>
/// <param name="Name">Display name.</param>
/// <param name="IndustryCode">GB/T 4754 industry code, e.g. "4411" (thermal power); matched by prefix against routes.</param>
public sealed record Enterprise(string Id, string Name, string IndustryCode);

/// <summary>The kind of a stream an enterprise puts out.</summary>
public enum StreamKind
{
    /// <summary>A main product, normally sold on the market (not a gap when no park enterprise takes it).</summary>
    Product,

    /// <summary>A by-product (副产品).</summary>
    ByProduct,

    /// <summary>A general industrial solid waste or a hazardous waste (废物).</summary>
    Waste,

    /// <summary>Energy carried by a mass: steam, hot water, waste-heat media (余热余压).</summary>
    Energy,

    /// <summary>Water: cooling water, reclaimed water, wastewater (中水).</summary>
    Water,
}

/// <summary>A stream an enterprise produces.</summary>
/// <param name="Id">Unique in the graph.</param>
/// <param name="EnterpriseId">The producer.</param>
/// <param name="MaterialCode">What it is, e.g. "FGD-gypsum"; equal codes supply each other directly.</param>
/// <param name="MaterialCategory">Its category in the route knowledge base, e.g. "desulphurisation-gypsum".</param>
/// <param name="Kind">Product, by-product, waste, energy or water.</param>
/// <param name="TonnesPerYear">Quantity, t/yr ≥ 0 (energy and water streams by the mass of their carrier).</param>
public sealed record MaterialStream(string Id, string EnterpriseId, string MaterialCode, string MaterialCategory, StreamKind Kind, double TonnesPerYear)
{
    /// <summary>Flagged hazardous (also implied by a <see cref="HazardCode"/>).</summary>
    public bool Hazardous { get; init; }

    /// <summary>The National Hazardous Waste List code, when known.</summary>
    public HazardousWasteCode? HazardCode { get; init; }

    /// <summary>True when flagged or coded hazardous.</summary>
    public bool IsHazardous => Hazardous || HazardCode is not null;
}

/// <summary>A material an enterprise consumes.</summary>
/// <param name="Id">Unique in the graph.</param>
/// <param name="EnterpriseId">The consumer.</param>
/// <param name="MaterialCode">What it consumes, e.g. "natural-gypsum".</param>
/// <param name="TonnesPerYear">Quantity, t/yr ≥ 0.</param>
/// <param name="BoughtOutsidePark">True when it comes from outside the park.</param>
public sealed record MaterialInput(string Id, string EnterpriseId, string MaterialCode, double TonnesPerYear, bool BoughtOutsidePark);

/// <summary>A stream used by an enterprise. A user that is not an enterprise of the graph is outside the park.</summary>
/// <param name="StreamId">The stream.</param>
/// <param name="UserEnterpriseId">Who uses it.</param>
public sealed record StreamLink(string StreamId, string UserEnterpriseId)
{
    /// <summary>Tonnes per year used; null when the user takes the whole stream.</summary>
    public double? TonnesPerYear { get; init; }
}

/// <summary>The chain graph of a park, in memory: enterprises, their streams and inputs, and the links between them.</summary>
/// <param name="Enterprises">The park's enterprises.</param>
/// <param name="Streams">Streams they produce.</param>
/// <param name="Inputs">Materials they consume.</param>
/// <param name="Links">Which enterprise uses which stream.</param>
public sealed record ParkGraph(
    IReadOnlyList<Enterprise> Enterprises, IReadOnlyList<MaterialStream> Streams, IReadOnlyList<MaterialInput> Inputs, IReadOnlyList<StreamLink> Links)
{
    /// <summary>The park after an enterprise leaves it: its streams, inputs and the links from its streams go; links
    /// to it stay, as a user now outside the park.</summary>
    public ParkGraph WithoutEnterprise(string enterpriseId)
    {
        var leaving = Streams.Where(s => s.EnterpriseId == enterpriseId).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return new ParkGraph(
            [.. Enterprises.Where(e => e.Id != enterpriseId)],
            [.. Streams.Where(s => s.EnterpriseId != enterpriseId)],
            [.. Inputs.Where(i => i.EnterpriseId != enterpriseId)],
            [.. Links.Where(l => !leaving.Contains(l.StreamId))]);
    }
}
