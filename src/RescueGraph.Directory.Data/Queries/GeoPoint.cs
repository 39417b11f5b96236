namespace RescueGraph.Directory.Data.Queries;

/// <summary>A WGS 84 position in degrees, validated on construction.</summary>
public readonly record struct GeoPoint
{
    public GeoPoint(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude < -90 || latitude > 90)
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        if (!double.IsFinite(longitude) || longitude < -180 || longitude > 180)
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }
    public double Longitude { get; }
}

public enum DistanceUnit { Kilometers, Miles }

/// <summary>A row of a distance query: the item and its distance from the origin, in the requested unit.</summary>
public sealed class DistanceRow<T>
{
    // Settable properties (not a constructor) so EF Core can translate filters and orderings composed on top,
    // e.g. keyset paging on (Distance, Item.Id).
    public T Item { get; init; } = default!;
    public double Distance { get; init; }
}
