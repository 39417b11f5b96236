using System.Runtime.CompilerServices;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>One occurrence of a field in a collected selection set, with the type it was selected on.</summary>
internal sealed class FieldDetails
{
    public FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        ParentType = parentType;
        Node = node;
        Definition = definition;
        IsSimpleLeaf = node.Arguments.Count == 0 && node.SelectionSet is null;
    }

    public NamedType? ParentType { get; }
    public FieldNode Node { get; }
    public FieldDefinition? Definition { get; }

    /// <summary>No arguments and no sub-selection: two such fields of one name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; }

    private FieldInfo? _info;

    /// <summary>Comparison data, prepared only once the field actually overlaps another.</summary>
    public FieldInfo Info => _info ??= new FieldInfo(this);
}

/// <summary>What comparisons of one field occurrence need, computed lazily and kept for reuse.</summary>
internal sealed class FieldInfo
{
    public FieldInfo(FieldDetails details)
    {
        NamedType = details.Definition?.Type.GetNamedType();
        var arguments = details.Node.Arguments;
        if (arguments.Count > 0)
        {
            Arguments = arguments;
            ArgumentValues = new Dictionary<string, ValueNode>(arguments.Count, StringComparer.Ordinal);
            // Later duplicates win, as in graphql-js's Map construction.
            for (var i = 0; i < arguments.Count; i++) ArgumentValues[arguments[i].Name.Value] = arguments[i].Value;
        }
    }

    public NamedType? NamedType { get; }

    /// <summary>Null when the field has no arguments.</summary>
    public IReadOnlyList<ArgumentNode>? Arguments { get; }
    public Dictionary<string, ValueNode>? ArgumentValues { get; }

    /// <summary>The printed return type, cached for conflict messages.</summary>
    public string? TypeString { get; set; }

    /// <summary>Outcome of name-and-argument comparisons with other fields: a reason, or null for "no conflict".</summary>
    public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
}

/// <summary>The fields sharing one response name within a collected selection set.</summary>
internal sealed class FieldGroup(string responseName)
{
    public string ResponseName { get; } = responseName;
    public List<FieldDetails> Fields { get; } = [];
}

/// <summary>A pair of same-named field groups from two collections, found once and reused.</summary>
internal readonly record struct OverlappingGroups(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

/// <summary>
/// A selection set's fields grouped by response name (inline fragments flattened, in document order)
/// and the names of the fragments it spreads (graphql-js <c>collectFields</c> result).
/// </summary>
internal sealed class CollectFieldsResult
{
    private readonly Dictionary<string, FieldGroup> _groupsByName = new(StringComparer.Ordinal);

    public List<FieldGroup> Groups { get; } = [];
    public List<string> FragmentNames { get; } = [];

    /// <summary>Fragments already compared with these fields; the value is the mutual-exclusivity flag used.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    /// <summary>Overlapping groups per other collection, keyed by identity.</summary>
    public Dictionary<CollectFieldsResult, List<OverlappingGroups>>? OverlappingFields { get; set; }

    public FieldGroup? GetGroup(string responseName) => _groupsByName.GetValueOrDefault(responseName);

    public void AddField(string responseName, FieldDetails field)
    {
        if (!_groupsByName.TryGetValue(responseName, out var group))
        {
            group = new FieldGroup(responseName);
            _groupsByName[responseName] = group;
            Groups.Add(group);
        }
        group.Fields.Add(field);
    }

    public void AddFragmentName(string name)
    {
        // Fragment names form an insertion-ordered set; spreads per selection set are few, so a scan is cheapest.
        for (var i = 0; i < FragmentNames.Count; i++)
            if (FragmentNames[i] == name) return;
        FragmentNames.Add(name);
    }
}

/// <summary>A conflict between fields of one response name: the reason and the field nodes on each side.</summary>
internal sealed class FieldConflict(string responseName, string reason, List<FieldNode> fields1, List<FieldNode> fields2)
{
    public string ResponseName { get; } = responseName;
    public string Reason { get; } = reason;
    public List<FieldNode> Fields1 { get; } = fields1;
    public List<FieldNode> Fields2 { get; } = fields2;
}

/// <summary>
/// Pairs of fragment names, unordered, each remembered with the mutual-exclusivity flag it was compared under
/// (graphql-js <c>PairSet</c>). A pair compared without exclusivity covers the exclusive comparison too.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

    public bool Has(string a, string b, bool areMutuallyExclusive) =>
        Has1(a, b, areMutuallyExclusive) || Has1(b, a, areMutuallyExclusive);

    private bool Has1(string a, string b, bool areMutuallyExclusive)
    {
        if (!_data.TryGetValue(a, out var inner) || !inner.TryGetValue(b, out var storedExclusive)) return false;
        return areMutuallyExclusive || !storedExclusive;
    }

    public void Add(string a, string b, bool areMutuallyExclusive)
    {
        if (!_data.TryGetValue(a, out var inner))
            _data[a] = inner = new Dictionary<string, bool>(StringComparer.Ordinal);
        inner[b] = areMutuallyExclusive;
    }
}

/// <summary>Cache key for collected fields: the same selection set may be collected under different parent types.</summary>
internal readonly struct CollectFieldsKey(NamedType? parentType, SelectionSetNode selectionSet) : IEquatable<CollectFieldsKey>
{
    private readonly NamedType? _parentType = parentType;
    private readonly SelectionSetNode _selectionSet = selectionSet;

    public bool Equals(CollectFieldsKey other) =>
        ReferenceEquals(_parentType, other._parentType) && ReferenceEquals(_selectionSet, other._selectionSet);

    public override bool Equals(object? obj) => obj is CollectFieldsKey other && Equals(other);

    public override int GetHashCode() =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(_parentType), RuntimeHelpers.GetHashCode(_selectionSet));
}

/// <summary>
/// Equality of argument values as graphql-js 16 decides it (its <c>stringifyValue</c>): same kinds and values,
/// variables by name, strings including their block flag, input object fields compared regardless of order.
/// Compares the trees directly instead of serialising them.
/// </summary>
internal static class ArgumentValueEquality
{
    public static bool AreEqual(ValueNode a, ValueNode b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Kind != b.Kind) return false;
        switch (a)
        {
            case VariableNode va: return va.Name.Value == ((VariableNode)b).Name.Value;
            case IntValueNode ia: return ia.Value == ((IntValueNode)b).Value;
            case FloatValueNode fa: return fa.Value == ((FloatValueNode)b).Value;
            case StringValueNode sa:
                var sb = (StringValueNode)b;
                return sa.Value == sb.Value && sa.Block == sb.Block;
            case BooleanValueNode ba: return ba.Value == ((BooleanValueNode)b).Value;
            case EnumValueNode ea: return ea.Value == ((EnumValueNode)b).Value;
            case NullValueNode: return true;
            case ListValueNode la:
                var valuesA = la.Values;
                var valuesB = ((ListValueNode)b).Values;
                if (valuesA.Count != valuesB.Count) return false;
                for (var i = 0; i < valuesA.Count; i++)
                    if (!AreEqual(valuesA[i], valuesB[i])) return false;
                return true;
            case ObjectValueNode oa:
                return ObjectFieldsEqual(oa.Fields, ((ObjectValueNode)b).Fields);
            default:
                return false;
        }
    }

    private static bool ObjectFieldsEqual(IReadOnlyList<ObjectFieldNode> fieldsA, IReadOnlyList<ObjectFieldNode> fieldsB)
    {
        if (fieldsA.Count != fieldsB.Count) return false;
        if (fieldsA.Count == 0) return true;
        if (fieldsA.Count == 1)
            return fieldsA[0].Name.Value == fieldsB[0].Name.Value && AreEqual(fieldsA[0].Value, fieldsB[0].Value);

        var sortedA = SortByName(fieldsA);
        var sortedB = SortByName(fieldsB);
        for (var i = 0; i < sortedA.Length; i++)
        {
            if (sortedA[i].Name.Value != sortedB[i].Name.Value || !AreEqual(sortedA[i].Value, sortedB[i].Value))
                return false;
        }
        return true;
    }

    /// <summary>A stable ordinal sort by field name, as JavaScript's stable <c>Array.prototype.sort</c> with <c>&lt;</c>.</summary>
    private static ObjectFieldNode[] SortByName(IReadOnlyList<ObjectFieldNode> fields)
    {
        var sorted = new ObjectFieldNode[fields.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            // Insertion sort: stable, and object literals in arguments are small.
            var field = fields[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(sorted[j].Name.Value, field.Name.Value) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = field;
        }
        return sorted;
    }
}
