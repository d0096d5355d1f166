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
    /// <summary>The date, or the problem (message naming the rule, both languages).</summary>
    public static (DateOnly On, Bilingual? Problem) Check(DateOnly? given, DateOnly today, Participation? participation)
    {
        if (given is not { } on) return (today, null);
        return Rule(on, today, participation) switch
        {
            (EffectiveDateRule.Future, var limit) => (on, Text.Get("EffectiveOn.Future", Day(on), Day(limit))),
            (EffectiveDateRule.BeforeLast, var limit) => (on, Text.Get("EffectiveOn.BeforeLast", Day(on), Day(limit))),
            _ => (on, null),
        };
    }

    /// <summary>
    /// A date that must be given (a decision known only by its document's date, e.g. a province's list or principles): the
    /// problem when it is missing or after today, else null.
    /// </summary>
    public static Bilingual? Required(DateOnly? given, DateOnly today) =>
        given is null ? Text.Get("EffectiveOn.Required") : Check(given, today, null).Problem;

    /// <summary>Which rule <paramref name="on"/> breaks, with the limit it crosses (today, or the last change's date); null when none.</summary>
    public static (EffectiveDateRule Rule, DateOnly Limit)? Rule(DateOnly on, DateOnly today, Participation? participation)
    {
        if (on > today) return (EffectiveDateRule.Future, today);
        var last = participation?.History.Count > 0 ? participation.History.Max(h => h.EffectiveOn) : (DateOnly?)null;
        return last is { } l && on < l ? (EffectiveDateRule.BeforeLast, l) : null;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The rules a date a change took effect may break.</summary>
public enum EffectiveDateRule
{
    /// <summary>After today: only what has happened can be recorded.</summary>
    Future,
    /// <summary>Before the change of the same participation it follows.</summary>
    BeforeLast,
}
