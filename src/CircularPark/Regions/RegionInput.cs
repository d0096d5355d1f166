using CircularPark.Localization;

namespace CircularPark.Regions;

/// <summary>
/// A region typed into a form, a filter or a command: a code, or a name as people write it (苏州, 江苏省苏州市, 红河州, 兵团),
/// read against the divisions valid on a date by <see cref="PlaceResolver"/>. A region of one of the wanted levels wins over
/// one of another level with the same name (吉林 for a city is 吉林市); the caller decides whether another level will do.
/// Unknown and ambiguous names come back as the resolver's message with the nearest names. Pure.
/// </summary>
public static class RegionInput
{
    public static (Region? Region, Bilingual? Error) Read(RegionDirectory regions, string? text, DateOnly asOf, Bilingual field, params RegionLevel[] levels)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        Func<Region, bool> any = _ => true;
        Func<Region, bool>[] tiers = levels.Length == 0 ? [any] : [r => levels.Contains(r.Level), any];
        var (region, problem) = new PlaceResolver(regions).Field(PlaceField.City, text.Trim(), asOf, null, null, tiers);
        return (region, problem?.Message(field));
    }
}
