using CircularPark.Enterprises;
using CircularPark.Localization;

namespace CircularPark.Chains;

/// <summary>A route as the API and the route page write it; lists are separated by ";" (also "，", "、").</summary>
public sealed class RouteDraft
{
    public const int NameLength = 200;
    public const int ListLength = 300;
    public const int SourceLength = 300;

    public string MaterialCategory { get; set; } = "";
    public string CategoryZh { get; set; } = "";
    public string CategoryEn { get; set; } = "";
    public string UseZh { get; set; } = "";
    public string UseEn { get; set; } = "";
    public string? ReceivingIndustries { get; set; }
    public string? Replaces { get; set; }
    public string? Source { get; set; }
    public long Version { get; set; }

    public Dictionary<string, Bilingual> Validate()
    {
        var check = new FieldChecker();
        if (!WasteCodes.IsMaterialCode(MaterialCategory?.Trim())) check.Fail("materialCategory", "RouteField.Category", "material-code", MaterialCategory ?? "");
        check.TextField("categoryZh", "RouteField.CategoryZh", CategoryZh, NameLength, required: true);
        check.TextField("categoryEn", "RouteField.CategoryEn", CategoryEn, NameLength, required: true);
        check.TextField("useZh", "RouteField.UseZh", UseZh, NameLength, required: true);
        check.TextField("useEn", "RouteField.UseEn", UseEn, NameLength, required: true);
        if (check.TextField("receivingIndustries", "RouteField.Industries", ReceivingIndustries, ListLength, required: false)
            && Enterprise.SplitList(ReceivingIndustries).FirstOrDefault(c => IndustryCodes.Normalise(c) is null) is { } badIndustry)
            check.Fail("receivingIndustries", "RouteField.Industries", "industry-code", badIndustry);
        if (check.TextField("replaces", "RouteField.Replaces", Replaces, ListLength, required: false)
            && Enterprise.SplitList(Replaces).FirstOrDefault(c => !WasteCodes.IsMaterialCode(c)) is { } badMaterial)
            check.Fail("replaces", "RouteField.Replaces", "material-code", badMaterial);
        check.TextField("source", "RouteField.Source", Source, SourceLength, required: false);
        return check.Errors;
    }

    /// <summary>Writes the checked draft into a route; true when something changed.</summary>
    internal bool ApplyTo(UtilisationRoute route)
    {
        static string? List(string? text, Func<string, string> normalise) =>
            EnterpriseWriter.Clean(string.Join("; ", Enterprise.SplitList(text).Select(normalise).Distinct(StringComparer.Ordinal)));
        var before = (route.MaterialCategory, route.CategoryZh, route.CategoryEn, route.UseZh, route.UseEn, route.ReceivingIndustries, route.Replaces, route.Source, route.Withdrawn);
        (route.MaterialCategory, route.CategoryZh, route.CategoryEn, route.UseZh, route.UseEn) =
            (MaterialCategory.Trim(), CategoryZh.Trim(), CategoryEn.Trim(), UseZh.Trim(), UseEn.Trim());
        route.ReceivingIndustries = List(ReceivingIndustries, c => IndustryCodes.Normalise(c)!);
        route.Replaces = List(Replaces, c => c);
        route.Source = EnterpriseWriter.Clean(Source);
        route.Withdrawn = false;
        return before != (route.MaterialCategory, route.CategoryZh, route.CategoryEn, route.UseZh, route.UseEn, route.ReceivingIndustries, route.Replaces, route.Source, route.Withdrawn);
    }
}
