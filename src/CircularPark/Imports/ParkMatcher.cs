using System.Globalization;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;

namespace CircularPark.Imports;

/// <summary>A stored park as the matcher sees it: its names and the region it was in on the list's date.</summary>
public sealed record KnownPark(int Id, string Name, int RegionId, IReadOnlyList<string> Aliases);

/// <summary>A stored park a row may mean, with its place, for the user to choose.</summary>
public sealed record ParkCandidate(int Id, string Name, string PlaceZh, string PlaceEn);

/// <summary>What the user decided for a row whose park could not be told from its name: a new park, or a stored one.</summary>
public abstract record ParkChoice
{
    public sealed record New : ParkChoice;

    public sealed record Same(int ParkId) : ParkChoice;

    /// <summary>
    /// Reads choices written as <c>row=new</c> or <c>row=parkId</c>, separated by <c>;</c> or <c>,</c> (e.g. <c>5=new;7=123</c>).
    /// Returns null with the offending entry when one cannot be read.
    /// </summary>
    public static IReadOnlyDictionary<int, ParkChoice>? Parse(string? text, out string? bad)
    {
        bad = null;
        var choices = new Dictionary<int, ParkChoice>();
        foreach (var entry in (text ?? "").Split([';', ',', '；', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 2)
            {
                bad = entry;
                return null;
            }
            if (parts[1].Equals("new", StringComparison.OrdinalIgnoreCase)) choices[row] = new New();
            else if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) choices[row] = new Same(id);
            else
            {
                bad = entry;
                return null;
            }
        }
        return choices;
    }
}

/// <summary>How a row relates to the stored parks.</summary>
public enum RowMatchKind
{
    New,
    Matched,
    Problem,
}

/// <summary>
/// The matcher's answer for a row. <see cref="Rename"/>: the row gives the park's stored name as a 曾用名, so the park
/// takes the row's name. <see cref="KeepAsVariant"/>: the user said a differently written name is this park, so the
/// row's name becomes another name of it.
/// </summary>
public sealed record RowMatch(RowMatchKind Kind, KnownPark? Park, IReadOnlyList<ParkCandidate> Candidates, ImportProblem? Problem,
    bool Rename = false, bool KeepAsVariant = false);

/// <summary>
/// Finds the stored park a row means. A park's name is unique within its city, not across the country: a row matches a
/// park in its own place (the row's city, or its province when the list names no city) whose name, a former name or
/// another name is the same as one of the row's names (<see cref="ParkNames.Same"/>). When none is the same, parks with a
/// near name (<see cref="ParkNames.AreNear"/>) in the same place, or a park of the same name elsewhere, make the row a
/// problem until the user chooses "same park" or "new park"; a choice is never guessed. Pure.
/// </summary>
public sealed class ParkMatcher(IReadOnlyList<KnownPark> parks, RegionDirectory regions)
{
    public RowMatch Match(ParkRow row, ParkChoice? choice)
    {
        var place = row.City ?? row.Region;
        var local = parks.Where(p => regions.Tree.IsWithin(p.RegionId, place.Id) || regions.Tree.IsWithin(row.Region.Id, p.RegionId)).ToList();
        var names = new[] { row.Name }.Concat(row.FormerNames).Concat(row.OtherNames).ToList();
        bool Named(KnownPark p) => names.Any(n => ParkNames.Same(n, p.Name) || p.Aliases.Any(a => ParkNames.Same(n, a)));
        var same = local.Where(Named).ToList();

        if (choice is ParkChoice.Same chosen)
        {
            var park = local.FirstOrDefault(p => p.Id == chosen.ParkId);
            if (park is null) return Problem(row, "choice", [], Text.Get("Rule.choice", row.Row, chosen.ParkId));
            return Matched(row, park, keepAsVariant: !Named(park));
        }
        if (same.Count == 1 && choice is not ParkChoice.New) return Matched(row, same[0], keepAsVariant: false);
        if (same.Count == 1)
            return Problem(row, "name-taken", same, Rule("name-taken", "Name", row.Name, regions.FullName(place), regions.FullName(place, english: true)));
        if (same.Count > 1)
            return Problem(row, "ambiguous-park", same, Rule("ambiguous-park", "Name", row.Name, regions.FullName(place), List(same), regions.FullName(place, english: true)));
        if (choice is ParkChoice.New) return new RowMatch(RowMatchKind.New, null, [], null);

        var placeNames = Places(place).ToList();
        var near = local.Where(p => ParkNames.AreNear(row.Name, p.Name, placeNames) || p.Aliases.Any(a => ParkNames.AreNear(row.Name, a, placeNames))).ToList();
        if (near.Count > 0)
            return Problem(row, "near-duplicate", near, Rule("near-duplicate", "Name", row.Name, regions.FullName(place), List(near), regions.FullName(place, english: true)));
        var elsewhere = parks.Where(p => !local.Contains(p) && Named(p)).ToList();
        if (elsewhere.Count > 0)
        {
            var first = Candidate(elsewhere[0]);
            return Problem(row, "other-city", elsewhere, Rule("other-city", "City", row.Name, first.PlaceZh, first.PlaceEn), column: "City");
        }
        return new RowMatch(RowMatchKind.New, null, [], null);
    }

    private static RowMatch Matched(ParkRow row, KnownPark park, bool keepAsVariant)
    {
        // The row names the stored park among its former names: the park was renamed to the row's name.
        var rename = !ParkNames.Same(row.Name, park.Name) && !park.Aliases.Any(a => ParkNames.Same(row.Name, a))
            && row.FormerNames.Any(f => ParkNames.Same(f, park.Name));
        return new RowMatch(RowMatchKind.Matched, park, [], null, rename, keepAsVariant && !rename);
    }

    private RowMatch Problem(ParkRow row, string rule, IReadOnlyList<KnownPark> candidates, Bilingual message, string column = "Name") =>
        new(RowMatchKind.Problem, null, candidates.Select(Candidate).ToList(),
            ImportProblem.Of(row.Row, ParkImportColumns.Label(column).Zh, rule, message));

    private ParkCandidate Candidate(KnownPark park)
    {
        var region = regions.Find(park.RegionId)!;
        return new ParkCandidate(park.Id, park.Name, regions.FullName(region), regions.FullName(region, english: true));
    }

    private string List(IEnumerable<KnownPark> candidates) =>
        string.Join("；", candidates.Select(c => $"{c.Name}（{regions.FullName(regions.Find(c.RegionId)!)}，编号 {c.Id.ToString(CultureInfo.InvariantCulture)}）"));

    /// <summary>The names of the place and the divisions above it, which lists often leave out of a park's name.</summary>
    private IEnumerable<string> Places(Region place)
    {
        for (var region = place; region is not null && region.Level != RegionLevel.Nation; region = regions.Parent(region))
            yield return region.NameZh;
    }

    private static Bilingual Rule(string rule, string column, params object[] args)
    {
        var label = ParkImportColumns.Label(column);
        return Text.Get($"Rule.{rule}", [label.Zh, label.En, .. args]);
    }
}
