using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RescueGraph.Directory.Data.Modeling;

/// <summary>
/// Stores an enum as its snake_case member name in a text column. Chosen over PostgreSQL enum types because
/// rows stay readable in psql and analytics SQL, a new member needs no ALTER TYPE migration (which cannot run in
/// the same transaction that uses the value), and the names match the GraphQL enum values one to one.
/// </summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => EnumNames<TEnum>.ToName(value),
    name => EnumNames<TEnum>.Parse(name))
    where TEnum : struct, Enum;

/// <summary>Cached snake_case names of an enum's members, for the converter and for COPY writers.</summary>
public static class EnumNames<TEnum> where TEnum : struct, Enum
{
    /// <summary>Names indexed by the member's numeric value (the project's enums are 0..n-1).</summary>
    public static readonly string[] Names = BuildNames();

    private static readonly Dictionary<string, TEnum> ByName = BuildLookup();

    public static string ToName(TEnum value)
    {
        var index = Unsafe.As<TEnum, int>(ref value);
        return (uint)index < (uint)Names.Length ? Names[index] : throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }

    public static TEnum Parse(string name) =>
        ByName.TryGetValue(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name} value; expected one of: {string.Join(", ", Names)}.");

    private static string[] BuildNames()
    {
        if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
            throw new NotSupportedException($"{typeof(TEnum).Name} must be int-based to be stored by name.");
        var values = Enum.GetValues<TEnum>();
        var names = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (Unsafe.As<TEnum, int>(ref value) != i)
                throw new NotSupportedException($"{typeof(TEnum).Name} members must be numbered 0..n-1 without gaps.");
            names[i] = SnakeCase.From(value.ToString());
        }
        return names;
    }

    private static Dictionary<string, TEnum> BuildLookup()
    {
        var lookup = new Dictionary<string, TEnum>(Names.Length, StringComparer.Ordinal);
        var values = Enum.GetValues<TEnum>();
        for (var i = 0; i < values.Length; i++) lookup.Add(Names[i], values[i]);
        return lookup;
    }
}
