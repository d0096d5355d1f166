using System.Text;

namespace CircularPark.Regions;

/// <summary>
/// How people write the name of a division: in full (红河哈尼族彝族自治州), without the generic part (苏州 for 苏州市, 江苏 for
/// 江苏省, 新疆 for 新疆维吾尔自治区), as a short 自治州/自治县/自治旗 (红河州, 恩施州), in English, or, for 新疆生产建设兵团,
/// 兵团. A short form is only made when at least two characters remain (沙市 and 义县 have none). Pure.
/// </summary>
public static class PlaceNames
{
    // Longest first, so 自治州 is stripped before 州 would be considered.
    private static readonly string[] Suffixes =
        ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "省", "市", "县", "区", "盟", "旗"];

    private static readonly string[] Autonomous = ["自治区", "自治州", "自治县", "自治旗"];

    // Peoples named in the titles of autonomous divisions, written with or without 族 (蒙古自治州, 蒙古族藏族自治州).
    private static readonly string[] Peoples =
    [
        "维吾尔", "蒙古", "哈萨克", "柯尔克孜", "塔吉克", "锡伯", "回", "藏", "羌", "彝", "苗", "土家", "布依", "侗", "壮", "瑶",
        "白", "傣", "哈尼", "傈僳", "拉祜", "佤", "纳西", "景颇", "怒", "独龙", "普米", "阿昌", "德昂", "基诺", "布朗", "水",
        "仡佬", "毛南", "仫佬", "京", "黎", "畲", "朝鲜", "满", "达斡尔", "鄂温克", "鄂伦春", "土", "撒拉", "保安", "东乡",
        "裕固", "各", "高山",
    ];

    private static readonly Dictionary<string, string[]> Extra = new(StringComparer.Ordinal)
    {
        ["新疆生产建设兵团"] = ["兵团", "新疆兵团"],
    };

    /// <summary>Trimmed, without spaces of either width, full-width brackets and letters as ASCII, lower case.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>Every written form of a region's name, normalised: full, stem, short autonomous form, English, extras.</summary>
    public static IEnumerable<string> Aliases(Region region)
    {
        var full = Normalise(region.NameZh);
        var aliases = new HashSet<string>(StringComparer.Ordinal) { full };
        if (Stem(full) is { } stem)
        {
            aliases.Add(stem);
            if (Autonomous.FirstOrDefault(a => full.EndsWith(a, StringComparison.Ordinal)) is { } kind)
                aliases.Add(stem + kind[^1]);
        }
        if (region.NameEn.Length > 0 && region.NameEn != region.NameZh) aliases.Add(Normalise(region.NameEn));
        foreach (var extra in Extra.GetValueOrDefault(region.NameZh) ?? []) aliases.Add(extra);
        return aliases;
    }

    /// <summary>The name without its generic part and the peoples of an autonomous title; null when fewer than two characters would remain.</summary>
    public static string? Stem(string name)
    {
        var suffix = Suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length > s.Length);
        if (suffix is null) return null;
        var stem = name[..^suffix.Length];
        if (Autonomous.Contains(suffix)) stem = WithoutPeoples(stem);
        return stem.Length >= 2 ? stem : null;
    }

    private static string WithoutPeoples(string stem)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var people in Peoples)
                foreach (var written in new[] { people + "族", people })
                    if (stem.EndsWith(written, StringComparison.Ordinal) && stem.Length - written.Length >= 2)
                    {
                        stem = stem[..^written.Length];
                        changed = true;
                    }
        }
        return stem;
    }

    /// <summary>Characters of the generic part of names (省, 市, 自治…), which say nothing about which place is meant.</summary>
    public static bool IsGeneric(char c) => "省市区县州盟旗地自治特别行政族".Contains(c, StringComparison.Ordinal);

    /// <summary>Edit distance (insertions, deletions, substitutions) between two names, for suggestions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
