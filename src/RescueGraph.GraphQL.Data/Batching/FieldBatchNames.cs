using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Data.Batching;

/// <summary>
/// Names per-request loaders after the text of a field's nodes (not their alias): within a request a field node's
/// arguments and selection are fixed, so every resolution reached through equal field nodes (aliases, repeated paths,
/// fragments) shares one loader and one statement. Names are cached per node, so resolving allocates none.
/// </summary>
internal sealed class FieldBatchNames(string prefix, bool includeArguments)
{
    private readonly ConditionalWeakTable<FieldNode, string> _names = new();
    private readonly ConcurrentDictionary<string, string> _namesByText = new(StringComparer.Ordinal);
    private int _nextName;

    public string Of(IReadOnlyList<FieldNode> nodes)
    {
        var name = Of(nodes[0]);
        for (var i = 1; i < nodes.Count; i++) name += "+" + Of(nodes[i]);
        return name;
    }

    private string Of(FieldNode node) => _names.GetValue(node, Create);

    private string Create(FieldNode node)
    {
        var text = new StringBuilder();
        if (includeArguments)
            foreach (var argument in node.Arguments) text.Append(Printer.Print(argument)).Append(',');
        foreach (var directive in node.Directives) text.Append(Printer.Print(directive));
        if (node.SelectionSet is { } selection) text.Append(Printer.Print(selection));
        return _namesByText.GetOrAdd(text.ToString(), _ => $"{prefix}#{Interlocked.Increment(ref _nextName)}");
    }
}
