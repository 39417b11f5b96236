using System.Globalization;
using RescueGraph.Directory.Data.Writes;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>
/// Reads one mutation's coerced input object, telling absent from null (an update changes only what it names), and
/// collects every refused value as a <see cref="ValidationFailure"/> with its field path instead of stopping at the first.
/// </summary>
internal sealed class InputReader(IReadOnlyDictionary<string, object?> values, ValidationErrors errors)
{
    public ValidationErrors Errors { get; } = errors;

    public bool Has(string name) => values.ContainsKey(name);

    public object? Raw(string name) => values.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// A string field, checked for length (and emptiness when <paramref name="required"/>) and by <paramref name="rule"/>.
    /// False when the value was refused; an empty optional value reads as null (it clears the field).
    /// </summary>
    public bool Text(string name, int maxLength, bool required, Func<string, string?>? rule, out string? text)
    {
        text = Raw(name) as string;
        if (text is null || (!required && text.Length == 0))
        {
            text = null;
            if (!required) return true;
            Errors.Add(name, "Must not be empty.");
            return false;
        }
        return Errors.Check(name, WriteRules.Length(text, maxLength, required)) && (rule is null || Errors.Check(name, rule(text)));
    }

    /// <summary>A string field as <see cref="Text(string, int, bool, Func{string, string?}?, out string?)"/> reads it; null when absent or refused.</summary>
    public string? Text(string name, int maxLength, bool required = false, Func<string, string?>? rule = null) =>
        Text(name, maxLength, required, rule, out var text) ? text : null;

    /// <summary>The database key of a global id of <paramref name="typeName"/>; null when absent, null, or refused (then with a failure).</summary>
    public long? Id(string name, string typeName, bool required = false)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            if (required) Errors.Add(name, $"Must be the id of a {typeName}.");
            return null;
        }
        var key = SchemaBuilderExtensions.ParseNodeKey(raw as string, typeName);
        if (key is null) Errors.Add(name, $"Must be the id of a {typeName}.");
        return key;
    }

    /// <summary>The <c>version</c> the caller read: PostgreSQL's <c>xmin</c> as a decimal string.</summary>
    public uint? Version(string name = "version")
    {
        if (Raw(name) is string text && uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return version;
        Errors.Add(name, "Must be the `version` read with the record.");
        return null;
    }

    public T? Value<T>(string name) where T : struct => Raw(name) is T value ? value : null;
}
