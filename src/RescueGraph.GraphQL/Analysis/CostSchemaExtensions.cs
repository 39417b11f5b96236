using System.Globalization;
using RescueGraph.GraphQL.Analysis;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>Typed helpers that apply the cost directives in a code-first schema (printed in the SDL, read by <see cref="CostAnalyzer"/>).</summary>
public static class CostSchemaExtensions
{
    /// <summary>Declares <c>@cost</c> and <c>@listSize</c> in the schema, so the SDL defines what fields apply.</summary>
    public static SchemaBuilder AddCostDirectives(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (var i = 0; i < CostDirectives.All.Count; i++) builder.Directive(CostDirectives.All[i]);
        return builder;
    }

    /// <summary>Applies <c>@cost(weight: "…")</c>: what one appearance of the field adds to the field cost.</summary>
    public static FieldBuilder Cost(this FieldBuilder field, double weight)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!double.IsFinite(weight)) throw new ArgumentOutOfRangeException(nameof(weight), "A cost weight must be finite.");
        return field.Directive(CostDirectives.CostName, ("weight", weight.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Applies <c>@listSize</c>: how many items the field's list (or, with <paramref name="sizedFields"/>, its
    /// sub-fields' lists, as for a connection's <c>edges</c>/<c>nodes</c>) holds, from a slicing argument or assumed.
    /// </summary>
    public static FieldBuilder ListSize(
        this FieldBuilder field,
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        IReadOnlyList<string>? sizedFields = null,
        bool requireOneSlicingArgument = true,
        int? slicingArgumentDefaultValue = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        var arguments = new List<(string, object?)>(5);
        if (assumedSize is { } size) arguments.Add(("assumedSize", size));
        if (slicingArguments is { Count: > 0 })
        {
            arguments.Add(("slicingArguments", slicingArguments));
            if (slicingArgumentDefaultValue is { } slicingDefault) arguments.Add(("slicingArgumentDefaultValue", slicingDefault));
        }
        if (sizedFields is { Count: > 0 }) arguments.Add(("sizedFields", sizedFields));
        arguments.Add(("requireOneSlicingArgument", requireOneSlicingArgument));
        return field.Directive(CostDirectives.ListSizeName, [.. arguments]);
    }
}
