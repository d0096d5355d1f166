using CircularPark.ExchangePlatform;

namespace CircularPark.Statistics;

/// <summary>The data items fed by the waste-exchange follow-up (issue 7): delivered tonnes of a park in a calendar year.</summary>
public static class ExchangeItems
{
    public const string Sent = "EXCH_SENT";
    public const string Received = "EXCH_RECEIVED";

    /// <summary>Tonnes by item code, summed over materials, from the recorded deliveries.</summary>
    public static IReadOnlyDictionary<string, double> Totals(IEnumerable<DeliveredMaterial> delivered)
    {
        var list = delivered.ToList();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        if (list.Any(d => d.Direction == ExchangeDirection.Sent)) totals[Sent] = list.Where(d => d.Direction == ExchangeDirection.Sent).Sum(d => d.Tonnes);
        if (list.Any(d => d.Direction == ExchangeDirection.Received)) totals[Received] = list.Where(d => d.Direction == ExchangeDirection.Received).Sum(d => d.Tonnes);
        return totals;
    }
}
