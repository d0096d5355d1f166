using System.Globalization;
using System.Text.RegularExpressions;
using CircularPark.Reports;
using Microsoft.Extensions.Localization;

namespace CircularPark.Web.Pages.Reports;

/// <summary>
/// Names a report field for an error message or a change: "energySavedTce" → 节能量, "projects[0].percentComplete" (an
/// index, in errors) or "projects[P01].percentComplete" (a key, in changes) → P01 · 完成比例; "parks[0].co2CutT" → the park · 二氧化碳减排量.
/// </summary>
public static partial class Fields
{
    public static string Label(string key, ReportForm? form, IStringLocalizer localizer)
    {
        if (ProjectField().Match(key) is { Success: true } m)
        {
            var id = m.Groups[1].Value;
            var project = int.TryParse(id, CultureInfo.InvariantCulture, out var index) && form is not null && index < form.Projects.Count ? form.Projects[index].Key : id;
            return $"{project} · {localizer[$"Rep.Field.{m.Groups[2].Value}"]}";
        }
        if (ParkField().Match(key) is { Success: true } p)
        {
            var id = p.Groups[1].Value;
            var park = int.TryParse(id, CultureInfo.InvariantCulture, out var index) && form is not null && index < form.Parks.Count ? form.Parks[index].ParkName : id;
            var field = p.Groups[2].Value;
            var label = ParkLineContent.Fields.Contains(field) ? ParkLineContent.Label(field).In(CultureInfo.CurrentUICulture) : localizer[$"Rep.Line.{field}"].Value;
            return $"{park} · {label}";
        }
        var text = localizer[$"Rep.Field.{key}"];
        return text.ResourceNotFound ? key : text.Value;
    }

    [GeneratedRegex(@"^projects\[([^\]]+)\]\.(\w+)$")]
    private static partial Regex ProjectField();

    [GeneratedRegex(@"^parks\[([^\]]+)\]\.(\w+)$")]
    private static partial Regex ParkField();
}
