using System.Globalization;
using CircularPark.Data;
using CircularPark.Localization;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// How pages name a campaign (issue 14): by its 文号, else its title (in English its English title), never by its code,
/// which stays in addresses and files. One per request; the campaigns are read once, when a page first asks.
/// </summary>
public sealed class CampaignNames(AppDbContext db)
{
    private Dictionary<string, (string Number, string Zh, string En)>? _campaigns;

    /// <summary>The campaign's 文号 (or title); the code itself for a campaign that does not exist.</summary>
    public string Of(string? code)
    {
        if (code is null) return "";
        _campaigns ??= db.Campaigns.AsNoTracking().Select(c => new { c.Code, c.DocumentNumber, c.TitleZh, c.TitleEn }).ToList()
            .ToDictionary(c => c.Code, c => (c.DocumentNumber ?? "", c.TitleZh, c.TitleEn), StringComparer.Ordinal);
        if (!_campaigns.TryGetValue(code, out var c)) return code;
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        return CircularPark.Campaigns.Campaign.NameOf(c.Number, english && c.En.Length > 0 ? c.En : c.Zh);
    }

    /// <summary>The 文号 with the title, for a choice among campaigns.</summary>
    public string Full(string code)
    {
        var label = Of(code);
        var (_, zh, en) = _campaigns!.GetValueOrDefault(code);
        var title = Bilingual.IsEnglish(CultureInfo.CurrentUICulture) && en?.Length > 0 ? en : zh;
        return title is null || label == title ? label : $"{label} {title}";
    }
}
