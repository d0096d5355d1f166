using System.Text;
using CircularPark.Regions;

namespace CircularPark.Parks;

/// <summary>
/// How park names are compared. Two writings are the <em>same</em> name when they differ only in spaces, letter width or
/// bracket width (经济（技术）开发区 = 经济(技术)开发区). They are <em>near</em> — perhaps the same park, for a person to
/// decide — when they agree once brackets, the words lists add or leave out (技术, 国家级, 省级) and the place's own name
/// are set aside and 园区 is read as 园 (徐州经济技术开发区 ~ 经济开发区 in 徐州市; 工业园区 ~ 工业园), or when one character of
/// a name of at least four is wrong, missing or extra (a typo).
/// Pure.
/// </summary>
public static class ParkNames
{
    private static readonly string[] OptionalWords = ["国家级", "省级", "技术"];

    /// <summary>The comparison key of a name: <see cref="PlaceNames.Normalise"/> (spaces, width, case) with brackets unified.</summary>
    public static string Key(string? name) =>
        PlaceNames.Normalise(name).Replace('【', '[').Replace('】', ']').Replace('〔', '[').Replace('〕', ']');

    /// <summary>Whether two writings are the same name.</summary>
    public static bool Same(string? a, string? b) => Key(a).Length > 0 && Key(a) == Key(b);

    /// <summary>
    /// Whether two different writings are near enough that a person must say whether they are one park.
    /// <paramref name="places"/> are the names of the place both are in (江苏省, 徐州市), which lists often leave out.
    /// </summary>
    public static bool AreNear(string a, string b, IEnumerable<string> places)
    {
        if (Same(a, b)) return false;
        var stems = places.SelectMany(p => new[] { PlaceNames.Normalise(p), PlaceNames.Stem(PlaceNames.Normalise(p)) })
            .OfType<string>().Where(s => s.Length >= 2).Distinct().OrderByDescending(s => s.Length).ToList();
        var (x, y) = (Loose(a, stems), Loose(b, stems));
        if (x.Length == 0 || y.Length == 0) return false;
        if (x == y) return true;
        return Math.Min(x.Length, y.Length) >= 4 && WithinOneEdit(x, y);
    }

    /// <summary>The key without brackets, optional words and leading place names.</summary>
    internal static string Loose(string name, IReadOnlyList<string> placeStems)
    {
        var builder = new StringBuilder();
        foreach (var c in Key(name))
            if (c is not ('(' or ')' or '[' or ']' or '-' or '·' or '—')) builder.Append(c);
        var loose = builder.ToString();
        foreach (var word in OptionalWords) loose = loose.Replace(word, "", StringComparison.Ordinal);
        loose = loose.Replace("园区", "园", StringComparison.Ordinal);
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var place in placeStems)
                if (loose.StartsWith(place, StringComparison.Ordinal) && loose.Length > place.Length + 1)
                {
                    loose = loose[place.Length..];
                    stripped = true;
                }
        }
        return loose;
    }

    /// <summary>Levenshtein distance at most 1: one character replaced, inserted or removed.</summary>
    internal static bool WithinOneEdit(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 1) return false;
        var (i, j, edits) = (0, 0, 0);
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (x.Length > y.Length) i++;
            else if (y.Length > x.Length) j++;
            else { i++; j++; }
        }
        return edits + (x.Length - i) + (y.Length - j) <= 1;
    }
}
