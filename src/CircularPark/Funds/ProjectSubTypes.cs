using CircularPark.Localization;
using CircularPark.Plans;

namespace CircularPark.Funds;

/// <summary>A sub-type of a key project, within its class, as Jiangsu's notice lists them (003 五(二)).</summary>
public sealed record ProjectSubType(string Code, ProjectClass Class)
{
    public Bilingual Label => Text.Get($"Fund.SubType.{Code}");
}

/// <summary>
/// The sub-types a programme may fund: the seven kinds of 关键补链项目 and the five kinds of 公共服务设施项目 of Jiangsu's
/// notice (003 五(二)), and "other" for the third class. A programme lists the codes it funds (its data, not code).
/// </summary>
public static class ProjectSubTypes
{
    public static readonly IReadOnlyList<ProjectSubType> All =
    [
        new("chain-link", ProjectClass.ChainFilling),
        new("shared-facility", ProjectClass.ChainFilling),
        new("closed-loop", ProjectClass.ChainFilling),
        new("by-product", ProjectClass.ChainFilling),
        new("energy-cascade", ProjectClass.ChainFilling),
        new("water-reuse", ProjectClass.ChainFilling),
        new("zero-discharge", ProjectClass.ChainFilling),
        new("pollution-control", ProjectClass.PublicService),
        new("waste-exchange", ProjectClass.PublicService),
        new("rnd-incubator", ProjectClass.PublicService),
        new("statistics-monitoring", ProjectClass.PublicService),
        new("producer-services", ProjectClass.PublicService),
        new("other", ProjectClass.Other),
    ];

    public static ProjectSubType? Find(string? code) => All.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The label of a stored code; an unknown code is shown as it is.</summary>
    public static Bilingual Label(string? code) => Find(code)?.Label ?? new Bilingual(code ?? "", code ?? "");
}
