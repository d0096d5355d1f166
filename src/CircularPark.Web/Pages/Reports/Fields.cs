using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace CircularPark.Web.Pages.Reports;

/// <summary>Names a report field for an error message: "energySavedTce" → 节能量, "projects[0].percentComplete" → P01 · 完成比例.</summary>
public static partial class Fields
{
    public static string Label(string key, ReportForm form, IStringLocalizer localizer)
    {
        if (ProjectField().Match(key) is { Success: true } m)
        {
            var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var project = index < form.Projects.Count ? form.Projects[index].Key : m.Groups[1].Value;
            return $"{project} · {localizer[$"Rep.Field.{m.Groups[2].Value}"]}";
        }
        var text = localizer[$"Rep.Field.{key}"];
        return text.ResourceNotFound ? key : text.Value;
    }

    [GeneratedRegex(@"^projects\[(\d+)\]\.(\w+)$")]
    private static partial Regex ProjectField();
}
