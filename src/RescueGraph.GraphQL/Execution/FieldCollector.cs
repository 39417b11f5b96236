using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// CollectFields of spec 6.3.2 (graphql-js <c>collectFields</c>): walks a selection set for one runtime
/// type, honours <c>@skip</c>/<c>@include</c>, enters fragments whose type condition applies, visits each
/// named fragment once, and merges fields by response key in first-seen order.
/// </summary>
internal static class FieldCollector
{
    public static CollectedFields CollectFields(OperationExecution execution, ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var builder = new Builder();
        Collect(execution, runtimeType, selectionSet, ref builder);
        return builder.Build(execution.Schema, runtimeType);
    }

    /// <summary>Sub-fields of all merged field nodes, sharing one set of visited fragments as graphql-js does.</summary>
    public static CollectedFields CollectSubfields(OperationExecution execution, ObjectType runtimeType, FieldNode[] fieldNodes)
    {
        var builder = new Builder();
        for (var i = 0; i < fieldNodes.Length; i++)
            if (fieldNodes[i].SelectionSet is { } selectionSet) Collect(execution, runtimeType, selectionSet, ref builder);
        return builder.Build(execution.Schema, runtimeType);
    }

    private static void Collect(OperationExecution execution, ObjectType runtimeType, SelectionSetNode selectionSet, ref Builder builder)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    if (ShouldInclude(execution, field.Directives)) builder.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(execution, inline.Directives) && ConditionMatches(execution.Schema, inline.TypeCondition, runtimeType))
                        Collect(execution, runtimeType, inline.SelectionSet, ref builder);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (builder.HasVisited(name) || !ShouldInclude(execution, spread.Directives)) break;
                    builder.MarkVisited(name);
                    if (execution.Fragments.TryGetValue(name, out var fragment) &&
                        ConditionMatches(execution.Schema, fragment.TypeCondition, runtimeType))
                        Collect(execution, runtimeType, fragment.SelectionSet, ref builder);
                    break;
            }
        }
    }

    /// <summary>@skip wins over @include (spec 6.3.2 steps 2.a and 2.b).</summary>
    private static bool ShouldInclude(OperationExecution execution, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0) return true;
        var skip = ArgumentValues.GetDirectiveValues(SpecifiedDirectives.Skip, directives, execution.VariableValues);
        if (skip is not null && skip.TryGetValue("if", out var skipIf) && skipIf is true) return false;
        var include = ArgumentValues.GetDirectiveValues(SpecifiedDirectives.Include, directives, execution.VariableValues);
        return !(include is not null && include.TryGetValue("if", out var includeIf) && includeIf is false);
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode? typeCondition, ObjectType runtimeType)
    {
        if (typeCondition is null) return true;
        var conditionalType = schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionalType, runtimeType)) return true;
        return conditionalType is { IsAbstractType: true } && schema.IsSubType(conditionalType, runtimeType);
    }

    private struct Builder
    {
        private List<string>? _keys;
        private List<List<FieldNode>>? _nodes;
        private Dictionary<string, int>? _indexByKey;
        private HashSet<string>? _visitedFragments;

        public void Add(FieldNode field)
        {
            var key = field.Alias?.Value ?? field.Name.Value;
            _keys ??= [];
            _nodes ??= [];
            _indexByKey ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (_indexByKey.TryGetValue(key, out var index))
            {
                _nodes[index].Add(field);
                return;
            }
            _indexByKey[key] = _keys.Count;
            _keys.Add(key);
            _nodes.Add([field]);
        }

        public readonly bool HasVisited(string fragmentName) => _visitedFragments is not null && _visitedFragments.Contains(fragmentName);

        public void MarkVisited(string fragmentName) => (_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(fragmentName);

        /// <summary>Resolves each key's field definition; keys the runtime type has no field for are left out, as graphql-js leaves them out of the response.</summary>
        public readonly CollectedFields Build(Schema schema, ObjectType runtimeType)
        {
            if (_keys is null) return CollectedFields.Empty;
            var fields = new List<CollectedField>(_keys.Count);
            for (var i = 0; i < _keys.Count; i++)
            {
                var nodes = _nodes![i];
                var definition = MetaFields.GetFieldDefinition(schema, runtimeType, nodes[0].Name.Value);
                if (definition is not null) fields.Add(new CollectedField(_keys[i], [.. nodes], definition, runtimeType));
            }
            var keys = new string[fields.Count];
            for (var i = 0; i < keys.Length; i++) keys[i] = fields[i].ResponseKey;
            return new CollectedFields([.. fields], keys);
        }
    }
}
