using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>graphql-js's <c>groupBy</c> by name, as the uniqueness rules use it: groups in order of first appearance.</summary>
internal static class NameGroups
{
    public static List<(string Name, List<SyntaxNode> Nodes)> GroupByName<TNode>(IReadOnlyList<TNode> nodes, Func<TNode, NameNode> nameOf)
    {
        var groups = new List<(string Name, List<SyntaxNode> Nodes)>();
        if (nodes.Count < 2)
        {
            if (nodes.Count == 1) groups.Add((nameOf(nodes[0]).Value, [nameOf(nodes[0])]));
            return groups;
        }
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var name = nameOf(nodes[i]);
            if (indexByName.TryGetValue(name.Value, out var index))
            {
                groups[index].Nodes.Add(name);
            }
            else
            {
                indexByName[name.Value] = groups.Count;
                groups.Add((name.Value, [name]));
            }
        }
        return groups;
    }
}
