namespace CircularPark.Engines.Symbiosis;

/// <summary>A location in decimal degrees (WGS 84 or GCJ-02: the difference is far below transport-cost accuracy).</summary>
/// <param name="Latitude">Degrees north, −90 … 90.</param>
/// <param name="Longitude">Degrees east, −180 … 180.</param>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Mean Earth radius (IUGG), km.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>True when both coordinates are finite and within their ranges.</summary>
    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    /// <summary>Great-circle (haversine) distance to another point, km, on a sphere of radius <see cref="EarthRadiusKm"/>.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
