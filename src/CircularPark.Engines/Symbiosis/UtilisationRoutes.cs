namespace CircularPark.Engines.Symbiosis;

/// <summary>
/// One utilisation route of the knowledge base: a material category can go to a use in receiving industries,
/// where it replaces some inputs. E.g. fly ash → cement admixture in industry 301 (cement, lime and gypsum),
/// replacing clay. Codes are compared ordinally.
/// </summary>
/// <param name="MaterialCategory">The category of the residual stream, e.g. "fly-ash".</param>
/// <param name="Use">What it becomes or serves, e.g. "cement admixture" (a label for reports).</param>
/// <param name="ReceivingIndustries">GB/T 4754 industry codes or code prefixes (division "30", group "301",
/// class "3011"; a leading section letter such as "C3011" is ignored); empty means any industry.</param>
/// <param name="Replaces">Material codes of inputs the route substitutes, e.g. "clay", "natural-gypsum".</param>
public sealed record UtilisationRoute(string MaterialCategory, string Use, IReadOnlyList<string> ReceivingIndustries, IReadOnlyList<string> Replaces)
{
    /// <summary>True when the industry code lies under one of <see cref="ReceivingIndustries"/> (or that list is empty).</summary>
    public bool AcceptsIndustry(string industryCode)
    {
        if (ReceivingIndustries.Count == 0) return true;
        var code = IndustryDigits(industryCode);
        foreach (var prefix in ReceivingIndustries)
        {
            var p = IndustryDigits(prefix);
            if (p.Length > 0 && code.StartsWith(p, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>True when the route lets its category replace <paramref name="material"/> for a receiver in <paramref name="industryCode"/>.</summary>
    public bool Supplies(string material, string industryCode) =>
        Replaces.Contains(material, StringComparer.Ordinal) && AcceptsIndustry(industryCode);

    private static string IndustryDigits(string code)
    {
        var s = code.Trim();
        return s.Length > 1 && char.IsAsciiLetter(s[0]) && char.IsAsciiDigit(s[1]) ? s[1..] : s;
    }
}

/// <summary>The knowledge base of utilisation routes (material category → uses and receiving industries), passed in
/// as data; seeded from the sources and edited by users elsewhere.</summary>
public sealed class RouteKnowledgeBase
{
    private readonly Dictionary<string, List<UtilisationRoute>> _byCategory = new(StringComparer.Ordinal);

    /// <summary>Creates a knowledge base over the routes (kept in their order).</summary>
    public RouteKnowledgeBase(IEnumerable<UtilisationRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        Routes = [.. routes];
        foreach (var route in Routes)
        {
            if (!_byCategory.TryGetValue(route.MaterialCategory, out var list)) _byCategory[route.MaterialCategory] = list = [];
            list.Add(route);
        }
    }

    /// <summary>A knowledge base without routes: only identical material codes are compatible.</summary>
    public static RouteKnowledgeBase Empty { get; } = new([]);

    /// <summary>All routes.</summary>
    public IReadOnlyList<UtilisationRoute> Routes { get; }

    /// <summary>The routes of a material category (empty if none).</summary>
    public IReadOnlyList<UtilisationRoute> RoutesFor(string materialCategory) =>
        _byCategory.TryGetValue(materialCategory, out var list) ? list : [];

    /// <summary>The first route by which <paramref name="materialCategory"/> can replace <paramref name="material"/>
    /// for a receiver of <paramref name="industryCode"/>, or null.</summary>
    public UtilisationRoute? RouteFor(string materialCategory, string material, string industryCode) =>
        RoutesFor(materialCategory).FirstOrDefault(r => r.Supplies(material, industryCode));
}
