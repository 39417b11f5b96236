using System.Globalization;
using System.Text;

namespace RescueGraph.GraphQL.Data.Nodes;

/// <summary>
/// Global ids as HotChocolate 14's <c>DefaultNodeIdSerializer</c> writes them: base64 of UTF-8
/// <c>"&lt;TypeName&gt;:&lt;key&gt;"</c>, integers in decimal, strings as they are, Guids as their 16 raw bytes.
/// </summary>
public static class NodeId
{
    public static string Encode(string typeName, object key)
    {
        var prefix = Encoding.UTF8.GetBytes(typeName + ":");
        byte[] value = key switch
        {
            Guid guid => guid.ToByteArray(),
            string text => Encoding.UTF8.GetBytes(text),
            IFormattable number => Encoding.UTF8.GetBytes(number.ToString(null, CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"Node keys must be integers, strings or Guids, not {key.GetType().Name}.", nameof(key)),
        };
        var bytes = new byte[prefix.Length + value.Length];
        prefix.CopyTo(bytes, 0);
        value.CopyTo(bytes, prefix.Length);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>The type name and the key of <paramref name="id"/> read as <paramref name="keyType"/>-typed value by the caller.</summary>
    public static bool TryDecode(string id, out string typeName, out ReadOnlyMemory<byte> key)
    {
        typeName = "";
        key = default;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(id);
        }
        catch (FormatException)
        {
            return false;
        }
        var separator = Array.IndexOf(bytes, (byte)':');
        if (separator <= 0) return false;
        typeName = Encoding.UTF8.GetString(bytes, 0, separator);
        key = bytes.AsMemory(separator + 1);
        return true;
    }

    /// <summary>Reads a decoded key as <paramref name="keyType"/>; null when it is not one.</summary>
    public static object? ParseKey(ReadOnlySpan<byte> key, Type keyType)
    {
        if (keyType == typeof(Guid))
        {
            if (key.Length == 16) return new Guid(key);
            return Guid.TryParse(Encoding.UTF8.GetString(key), out var parsed) ? parsed : null;
        }
        var text = Encoding.UTF8.GetString(key);
        if (keyType == typeof(string)) return text;
        if (keyType == typeof(long)) return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;
        if (keyType == typeof(int)) return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;
        if (keyType == typeof(short)) return short.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : null;
        throw new NotSupportedException($"Node keys of type {keyType.Name} are not supported.");
    }
}
