using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js 16's field-merging algorithm (<c>OverlappingFieldsCanBeMergedRule</c>), one instance per validation run.
/// <para>
/// Each selection set in the document is compared "within" itself once (A); fields are compared "between"
/// the set and each fragment it spreads (B, D, E), fragments spread together are compared with each other
/// (C, F, G), and overlapping fields with sub-selections compare those "between" each other (H, I, J).
/// Collected fields are cached per (parent type, selection set), fragment pairs are memoised with the
/// mutual-exclusivity flag they were compared under, and a work budget stops hostile documents.
/// </para>
/// </summary>
internal sealed class OverlappingFieldsConflictFinder(ValidationContext context)
{
    // Bounds on diagnostics and work, as graphql-js 16.15 sets them.
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly Dictionary<CollectFieldsKey, CollectFieldsResult> _collectFieldsCache = new();
    private int _remainingComplexityBudget = MaxComplexityBudget;

    /// <summary>Adds to <paramref name="conflicts"/> those "within" a selection set, including via the fragments it spreads.</summary>
    public void FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet, List<FieldConflict> conflicts)
    {
        var collected = CollectFields(parentType, selectionSet);

        // (A) The only place fields of one collection are compared with each other.
        CollectConflictsWithin(conflicts, collected);

        var fragmentNames = collected.FragmentNames;
        // Fragment spreads only need comparing with fields or with another spread.
        if (fragmentNames.Count != 0 && (collected.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                // (B) These fields against each spread fragment.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);

                // (C) Each spread fragment against every later one.
                for (var j = i + 1; j < fragmentNames.Count; j++)
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<FieldConflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult collected, string fragmentName)
    {
        // Counted even when skipped below: callers can enumerate more pairs than the document has nodes.
        SpendComplexityBudget(1);
        if (collected.Groups.Count == 0) return;

        var comparedFragments = collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (comparedFragments.TryGetValue(fragmentName, out var comparedExclusive) &&
            (!comparedExclusive || areMutuallyExclusive))
            return; // Only a non-exclusive comparison can stand in for an exclusive one.
        comparedFragments[fragmentName] = areMutuallyExclusive;

        var fragment = context.GetFragment(fragmentName);
        if (fragment is null) return;

        var fragmentFields = CollectFragmentFields(fragment);
        // A fragment's fields are never compared with themselves.
        if (ReferenceEquals(collected, fragmentFields)) return;

        // (D) The fields against the fragment's own fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);

        // (E) The fields against the fragments that fragment spreads.
        var nestedNames = fragmentFields.FragmentNames;
        for (var i = 0; i < nestedNames.Count; i++)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, nestedNames[i]);
    }

    private void CollectConflictsBetweenFragments(
        List<FieldConflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendComplexityBudget(2);
        if (fragmentName1 == fragmentName2) return;
        if (_comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive)) return;
        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);

        var fragment1 = context.GetFragment(fragmentName1);
        var fragment2 = context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null) return;

        var collected1 = CollectFragmentFields(fragment1);
        var collected2 = CollectFragmentFields(fragment2);

        // (F) The two fragments' own fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);

        // (G) Each fragment against the fragments the other spreads.
        var names2 = collected2.FragmentNames;
        for (var i = 0; i < names2.Count; i++)
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, names2[i]);
        var names1 = collected1.FragmentNames;
        for (var i = 0; i < names1.Count; i++)
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, names1[i], fragmentName2);
    }

    /// <summary>Conflicts between the sub-selections of two overlapping fields.</summary>
    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1, SelectionSetNode selectionSet1,
        NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);

        // (H) The two collections of fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);

        // (I) Each collection against the fragments the other spreads.
        var names2 = collected2.FragmentNames;
        for (var i = 0; i < names2.Count; i++)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, names2[i]);
        var names1 = collected1.FragmentNames;
        for (var i = 0; i < names1.Count; i++)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, names1[i]);

        // (J) Every fragment spread in one against every fragment spread in the other.
        for (var i = 0; i < names1.Count; i++)
            for (var j = 0; j < names2.Count; j++)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, names1[i], names2[j]);
        return conflicts;
    }

    private void CollectConflictsWithin(List<FieldConflict> conflicts, CollectFieldsResult collected)
    {
        var groups = collected.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            var fields = groups[g].Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    // Fields within one collection are never mutually exclusive by their parents alone.
                    var conflict = FindConflict(false, groups[g].ResponseName, fields[i], fields[j]);
                    if (conflict is not null) conflicts.Add(conflict);
                }
            }
        }
    }

    /// <summary>
    /// Conflicts between two collections; assumes each was already compared within itself, which holds
    /// because every selection set of the document is visited.
    /// </summary>
    private void CollectConflictsBetween(
        List<FieldConflict> conflicts, bool parentFieldsAreMutuallyExclusive,
        CollectFieldsResult collected1, CollectFieldsResult collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0) return;

        var overlapping = GetOverlappingFields(collected1, collected2);
        for (var o = 0; o < overlapping.Count; o++)
        {
            var (responseName, fields1, fields2) = overlapping[o];
            for (var i = 0; i < fields1.Count; i++)
            {
                for (var j = 0; j < fields2.Count; j++)
                {
                    var conflict = FindConflict(parentFieldsAreMutuallyExclusive, responseName, fields1[i], fields2[j]);
                    if (conflict is not null) conflicts.Add(conflict);
                }
            }
        }
    }

    private List<OverlappingGroups> GetOverlappingFields(CollectFieldsResult collected1, CollectFieldsResult collected2)
    {
        var byOther = collected1.OverlappingFields ??= new Dictionary<CollectFieldsResult, List<OverlappingGroups>>(ReferenceEqualityComparer.Instance);
        if (byOther.TryGetValue(collected2, out var cached)) return cached;

        var overlapping = new List<OverlappingGroups>();
        var groups = collected1.Groups;
        for (var i = 0; i < groups.Count; i++)
        {
            SpendComplexityBudget(1);
            var other = collected2.GetGroup(groups[i].ResponseName);
            if (other is not null) overlapping.Add(new OverlappingGroups(groups[i].ResponseName, groups[i].Fields, other.Fields));
        }
        byOther[collected2] = overlapping;
        return overlapping;
    }

    /// <summary>Whether two fields of one response name conflict, including through their sub-fields.</summary>
    private FieldConflict? FindConflict(
        bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        var node1 = field1.Node;
        var node2 = field2.Node;

        // Fields on two different object types can never apply at once, so they may differ in name and
        // arguments. Interfaces and unions might overlap (now or as the schema evolves), so they may not.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive ||
            (!ReferenceEquals(field1.ParentType, field2.ParentType) &&
             field1.ParentType is ObjectType && field2.ParentType is ObjectType);

        SpendComplexityBudget(2);

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) &&
            node1.Name.Value == node2.Name.Value)
            return null;

        if (!areMutuallyExclusive)
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(info1, info2) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }
            if (reason is not null) return new FieldConflict(responseName, reason, [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            var type1String = info1.TypeString ??= type1.ToString();
            var type2String = info2.TypeString ??= type2.ToString();
            return new FieldConflict(responseName,
                $"they return conflicting types \"{type1String}\" and \"{type2String}\"", [node1], [node2]);
        }

        var selectionSet1 = node1.SelectionSet;
        var selectionSet2 = node2.SelectionSet;
        if (selectionSet1 is not null && selectionSet2 is not null)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive, field1.Info.NamedType, selectionSet1, field2.Info.NamedType, selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }
        return null;
    }

    private bool SameArguments(FieldInfo info1, FieldInfo info2)
    {
        var arguments1 = info1.Arguments;
        if (arguments1 is null) return info2.Arguments is null;
        if (info2.Arguments is null || arguments1.Count != info2.Arguments.Count) return false;

        var values2 = info2.ArgumentValues!;
        for (var i = 0; i < arguments1.Count; i++)
        {
            SpendComplexityBudget(1);
            if (!values2.TryGetValue(arguments1[i].Name.Value, out var value2) ||
                !ArgumentValueEquality.AreEqual(arguments1[i].Value, value2))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Two types conflict if a value could not be of both. Composite types are compared later through their
    /// fields; list and non-null wrappers must match exactly, and leaf types must be the same type.
    /// </summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2)) return false;
        SpendComplexityBudget(1);

        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1)
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType) return true;
        if (type1 is ScalarType or EnumType || type2 is ScalarType or EnumType) return !ReferenceEquals(type1, type2);
        return false;
    }

    /// <summary>Fields and spread fragment names of a selection set, cached per parent type and selection set.</summary>
    private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = new CollectFieldsKey(parentType, selectionSet);
        if (_collectFieldsCache.TryGetValue(key, out var cached)) return cached;

        var result = new CollectFieldsResult();
        CollectFieldsInto(parentType, selectionSet, result);
        _collectFieldsCache[key] = result;
        return result;
    }

    private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsInto(NamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    var fieldName = field.Name.Value;
                    // Only declared fields: meta fields such as __typename have no definition here, as in graphql-js.
                    var definition = parentType is FieldsContainerType container ? container.GetField(fieldName) : null;
                    result.AddField(field.Alias?.Value ?? fieldName, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    result.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is { } condition
                        ? context.Schema.GetType(condition.Name.Value)
                        : parentType;
                    CollectFieldsInto(fragmentType, inline.SelectionSet, result);
                    break;
            }
        }
    }

    /// <summary>Folds the conflicts found between two fields' sub-selections into one conflict of the fields.</summary>
    private static FieldConflict? SubfieldConflicts(
        List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0) return null;

        var message = new System.Text.StringBuilder();
        for (var i = 0; i < conflicts.Count; i++)
        {
            if (message.Length != 0) message.Append(" and ");
            message.Append("subfields \"").Append(MaybeAbbreviate(conflicts[i].ResponseName))
                .Append("\" conflict because ").Append(conflicts[i].Reason);
            if (message.Length > MaxConflictDetailLength) break;
        }

        return new FieldConflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, firstSide: true),
            CollectConflictNodes(node2, conflicts, firstSide: false));
    }

    /// <summary>
    /// The enclosing field followed by the conflicting sub-fields of one side, at most
    /// <see cref="MaxConflictNodes"/>; each sub-conflict's deepest fields are kept first when truncating.
    /// </summary>
    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<FieldConflict> conflicts, bool firstSide)
    {
        var nodes = new List<FieldNode> { node };
        for (var i = 0; i < conflicts.Count; i++)
        {
            var side = firstSide ? conflicts[i].Fields1 : conflicts[i].Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var k = start; k < side.Count; k++) nodes.Add(side[k]);
            if (nodes.Count == MaxConflictNodes) break;
        }
        return nodes;
    }

    public static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void SpendComplexityBudget(int cost)
    {
        _remainingComplexityBudget -= cost;
        if (_remainingComplexityBudget < 0) throw new BudgetExceededException();
    }
}

/// <summary>Thrown when comparing fields would exceed the work budget; the rule reports it and stops.</summary>
internal sealed class BudgetExceededException : Exception
{
    public const string AbortedMessage = "Validation aborted.";

    public BudgetExceededException() : base(AbortedMessage) { }
}
