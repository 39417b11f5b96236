using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace RescueGraph.Directory.Data.Modeling;

/// <summary>
/// The PostgreSQL earthdistance functions as EF Core database functions. The points are <c>earth</c> values, a
/// domain over <c>cube</c>, so they map to <see cref="NpgsqlCube"/> and Npgsql's own cube translations apply:
/// <c>EarthBox(LlToEarth(lat, lon), r).Contains(LlToEarth(c.Latitude, c.Longitude))</c> becomes
/// <c>earth_box(ll_to_earth(@lat, @lon), @r) @&gt; ll_to_earth(c.latitude, c.longitude)</c>, which the GiST index
/// <c>ix_rescue_centers_location</c> answers. These methods only exist to be translated; calling them throws.
/// </summary>
public static class EarthDistanceFunctions
{
    /// <summary>Radius of the sphere earthdistance assumes (<c>SELECT earth()</c>), in metres.</summary>
    public const double EarthRadiusMeters = 6_378_168;

    /// <summary><c>ll_to_earth(latitude, longitude)</c>: the point on the earth's surface (NULL if either is NULL).</summary>
    public static NpgsqlCube LlToEarth(double? latitude, double? longitude) => throw NotInMemory();

    /// <summary><c>earth_box(point, radius)</c>: a cube enclosing every point within <paramref name="radiusMeters"/>; it may hold farther ones too.</summary>
    public static NpgsqlCube EarthBox(NpgsqlCube point, double radiusMeters) => throw NotInMemory();

    /// <summary><c>earth_distance(a, b)</c>: great-circle distance in metres.</summary>
    public static double EarthDistance(NpgsqlCube from, NpgsqlCube to) => throw NotInMemory();

    /// <summary>Registers the functions with the model; called from <see cref="DirectoryDbContext"/>.</summary>
    public static void Register(ModelBuilder model)
    {
        model.HasDbFunction(typeof(EarthDistanceFunctions).GetMethod(nameof(LlToEarth))!).HasName("ll_to_earth").IsBuiltIn();
        model.HasDbFunction(typeof(EarthDistanceFunctions).GetMethod(nameof(EarthBox))!).HasName("earth_box").IsBuiltIn();
        model.HasDbFunction(typeof(EarthDistanceFunctions).GetMethod(nameof(EarthDistance))!).HasName("earth_distance").IsBuiltIn();
    }

    internal static InvalidOperationException NotInMemory() =>
        new("This method is translated to SQL by EF Core and cannot be called directly.");
}
