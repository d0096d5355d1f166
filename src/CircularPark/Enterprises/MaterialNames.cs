using System.Globalization;
using CircularPark.Localization;

namespace CircularPark.Enterprises;

/// <summary>
/// What people call the materials the seed and demo data name by code (<c>data/seed/material-names.csv</c>): pages show a
/// material by its name and keep the code for matching and files (issue 14: no ASCII identifiers on Chinese pages). A code
/// nobody named is shown as it was written (a user's own code is their own word).
/// </summary>
public static class MaterialNames
{
    private static readonly Lazy<IReadOnlyDictionary<string, Bilingual>> Names = new(Load);

    /// <summary>Every named code (the page-walk test reads it as the list of codes that must not show).</summary>
    public static IReadOnlyCollection<string> Codes => Names.Value.Keys.ToList();

    /// <summary>The material's name in the culture's language, or the code itself.</summary>
    public static string Of(string? code, CultureInfo culture) =>
        code is null ? "" : Names.Value.TryGetValue(code, out var name) ? name.In(Bilingual.IsEnglish(culture)) : code;

    /// <summary>A list of codes separated by ";" (a route's replaced materials) as names joined by "、" (or ", ").</summary>
    public static string OfList(string? codes, CultureInfo culture) => string.Join(Bilingual.IsEnglish(culture) ? ", " : "、",
        (codes ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => Of(c, culture)));

    private static Dictionary<string, Bilingual> Load()
    {
        using var stream = typeof(MaterialNames).Assembly.GetManifestResourceStream("seed/material-names.csv")
            ?? throw new InvalidOperationException("seed/material-names.csv is not embedded");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length == 3) names[cells[0]] = new Bilingual(cells[1], cells[2]);
        }
        return names;
    }
}
