using CircularPark.Engines.Indicators.Data;

namespace CircularPark.Statistics;

/// <summary>A value as a user enters it: item code, number, unit (null = the item's unit), comment, price base year.</summary>
public sealed record StatisticsEntry(string Code, double Value, string? Unit = null, string? Comment = null, int? PriceBaseYear = null)
{
    public DataEntry ToEngine() => new(Code, Value, Unit) { Comment = Comment, PriceBaseYear = PriceBaseYear };

    public static StatisticsEntry From(StatisticValue v) => new(v.Code, v.EnteredValue, v.EnteredUnit, v.Comment, v.PriceBaseYear);
}
