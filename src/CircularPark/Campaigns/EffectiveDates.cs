using System.Globalization;
using CircularPark.Localization;

namespace CircularPark.Campaigns;

/// <summary>
/// The date a decision, filing or designation took effect when it is recorded after the fact (the document's date):
/// never after today (the China date) and never before the change of the same participation it follows. When no date is
/// given, the change takes effect the day it is recorded. Pure.
/// </summary>
public static class EffectiveDates
{
    /// <summary>The date, or null with the problem (message naming the rule, both languages).</summary>
    public static (DateOnly On, Bilingual? Problem) Check(DateOnly? given, DateOnly today, Participation? participation)
    {
        if (given is not { } on) return (today, null);
        if (on > today) return (on, Text.Get("EffectiveOn.Future", Day(on), Day(today)));
        var last = participation?.History.Count > 0 ? participation.History.Max(h => h.EffectiveOn) : (DateOnly?)null;
        if (last is { } l && on < l) return (on, Text.Get("EffectiveOn.BeforeLast", Day(on), Day(l)));
        return (on, null);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
