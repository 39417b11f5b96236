using System.Collections.Concurrent;
using System.Globalization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Analysis;

/// <summary>
/// Static cost analysis of one operation (the IBM cost specification as HotChocolate 14 applies it).
/// <para>
/// Field cost: per selected field its weight (<c>@cost</c>, else 1 for composite or list fields and 0 for
/// leaves; resolver-backed fields <see cref="CostOptions.DefaultResolverCost"/> by default) plus its arguments'
/// weights plus its selection set's field cost times the list size. Type cost: per selected field the weight of
/// the type it returns (<c>@cost</c> on the type, else 1 for composite types, 0 for leaves) plus its selection
/// set's type cost, times the list size; plus the root type once. Abstract selections cost as much as their
/// most expensive possible type. List sizes come from <c>@listSize</c>: the largest slicing argument given
/// (literal, variable value, variable default or argument default), else <c>slicingArgumentDefaultValue</c>,
/// else <c>assumedSize</c>, else 1; <c>sizedFields</c> pass a field's size on to its named sub-lists.
/// </para>
/// Thread-safe; per-field weights are read from the schema once and kept.
/// </summary>
public sealed class CostAnalyzer
{
    private const string OneSlicingArgumentMessage = "Exactly one slicing argument must be defined.";

    private readonly Schema _schema;
    private readonly CostOptions _options;
    private readonly ConcurrentDictionary<FieldDefinition, FieldCostInfo> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<NamedType, double> _typeWeights = new(ReferenceEqualityComparer.Instance);

    public CostAnalyzer(Schema schema, CostOptions? options = null)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? new CostOptions();
    }

    public CostOptions Options => _options;

    /// <summary>
    /// Computes the cost of <paramref name="operation"/> (a validated operation of <paramref name="document"/>).
    /// <paramref name="dependsOnVariables"/> says whether a variable's value sized a list, i.e. whether the
    /// result may differ for other variable values. Throws <see cref="GraphQLError"/> (code <c>HC0082</c>) when a
    /// field requires exactly one slicing argument and gets none or several.
    /// </summary>
    public CostMetrics Analyze(
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables,
        out bool dependsOnVariables)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var rootType = _schema.GetRootType(operation.Operation)
            ?? throw new ArgumentException($"The schema has no {operation.Operation} root type.", nameof(operation));

        var walk = new Walk(this, document, operation, variables);
        var (fieldCost, typeCost) = walk.SelectionSetCost(operation.SelectionSet, rootType, null, null);
        dependsOnVariables = walk.DependsOnVariables;
        return new CostMetrics(fieldCost, typeCost + TypeWeight(rootType));
    }

    /// <summary>The error HotChocolate reports when the field cost is over the limit.</summary>
    public static GraphQLError MaxFieldCostError(CostMetrics metrics, double maxFieldCost) =>
        new("The maximum allowed field cost was exceeded.", extensions: new Dictionary<string, object?>
        {
            ["code"] = AnalysisErrorCodes.CostExceeded,
            ["fieldCost"] = metrics.FieldCost,
            ["maxFieldCost"] = maxFieldCost,
        });

    /// <summary>The error HotChocolate reports when the type cost is over the limit.</summary>
    public static GraphQLError MaxTypeCostError(CostMetrics metrics, double maxTypeCost) =>
        new("The maximum allowed type cost was exceeded.", extensions: new Dictionary<string, object?>
        {
            ["code"] = AnalysisErrorCodes.CostExceeded,
            ["typeCost"] = metrics.TypeCost,
            ["maxTypeCost"] = maxTypeCost,
        });

    /// <summary>The over-limit error for <paramref name="metrics"/>, field cost checked first as HotChocolate does; null within limits.</summary>
    public static GraphQLError? CheckLimits(CostMetrics metrics, CostLimits limits)
    {
        if (!limits.EnforceCostLimits) return null;
        if (metrics.FieldCost > limits.MaxFieldCost) return MaxFieldCostError(metrics, limits.MaxFieldCost);
        if (metrics.TypeCost > limits.MaxTypeCost) return MaxTypeCostError(metrics, limits.MaxTypeCost);
        return null;
    }

    /// <summary><c>{"fieldCost": …, "typeCost": …}</c>, the value of the response's <c>extensions.operationCost</c>.</summary>
    public static IDictionary<string, object?> ToExtension(CostMetrics metrics) => new Dictionary<string, object?>(2)
    {
        ["fieldCost"] = metrics.FieldCost,
        ["typeCost"] = metrics.TypeCost,
    };

    private double TypeWeight(NamedType type) =>
        _typeWeights.GetOrAdd(type, static t => CostWeights.TryGetWeight(t.AppliedDirectives, out var weight) ? weight : t.IsCompositeType ? 1 : 0);

    private FieldCostInfo GetFieldInfo(FieldDefinition field) => _fields.GetOrAdd(field, CreateFieldInfo);

    private FieldCostInfo CreateFieldInfo(FieldDefinition field)
    {
        var isList = field.Type.Nullable is ListType;
        double weight;
        if (CostWeights.TryGetWeight(field.AppliedDirectives, out var explicitWeight)) weight = explicitWeight;
        else if (_options.ApplyCostDefaults && IsResolverBacked(field)) weight = _options.DefaultResolverCost;
        else weight = field.Type.GetNamedType().IsCompositeType || isList ? 1 : 0;

        var listSize = ListSizeInfo.FromDirectives(field.AppliedDirectives)
            ?? (_options.ApplyCostDefaults ? ConnectionDefaults(field) : null);
        return new FieldCostInfo(weight, TypeWeight(field.Type.GetNamedType()), isList, listSize);
    }

    // A field with a resolver of its own, not a property read (code-first property fields record their member),
    // is one that may query a store: HotChocolate gives such (async) resolvers their default cost. Introspection
    // fields read the schema in memory (HotChocolate's are pure), so GraphiQL's introspection query stays cheap.
    private static bool IsResolverBacked(FieldDefinition field) =>
        field.Resolver is not null && !field.Name.StartsWith("__", StringComparison.Ordinal)
        && !field.Metadata.ContainsKey(FieldMetadataKeys.Member)
        && !IntrospectionFields.Contains(field);

    private static readonly HashSet<FieldDefinition> IntrospectionFields = CollectIntrospectionFields();

    private static HashSet<FieldDefinition> CollectIntrospectionFields()
    {
        var fields = new HashSet<FieldDefinition>(ReferenceEqualityComparer.Instance);
        var types = IntrospectionTypes.All;
        for (var i = 0; i < types.Count; i++)
            if (types[i] is ObjectType objectType)
                for (var f = 0; f < objectType.Fields.Count; f++) fields.Add(objectType.Fields[f]);
        return fields;
    }

    // HotChocolate gives connection fields @listSize(assumedSize: MaxPageSize, slicingArguments: ["first","last"],
    // slicingArgumentDefaultValue: DefaultPageSize, sizedFields: ["edges","nodes"], requireOneSlicingArgument: false).
    private ListSizeInfo? ConnectionDefaults(FieldDefinition field)
    {
        if (field.Type.Nullable is not ObjectType { } connection
            || !connection.Name.EndsWith("Connection", StringComparison.Ordinal)
            || field.GetArgument("first") is null)
            return null;

        string[] slicing = field.GetArgument("last") is null ? ["first"] : ["first", "last"];
        var hasEdges = connection.GetField("edges") is not null;
        var hasNodes = connection.GetField("nodes") is not null;
        string[] sized = hasEdges && hasNodes ? ["edges", "nodes"] : hasEdges ? ["edges"] : hasNodes ? ["nodes"] : [];
        return new ListSizeInfo(_options.DefaultConnectionAssumedSize, slicing, _options.DefaultConnectionPageSize, sized, false);
    }

    private sealed record FieldCostInfo(double FieldWeight, double TypeWeight, bool IsList, ListSizeInfo? ListSize);

    /// <summary>One analysis: the document's fragments, the request's variables, and the current field path.</summary>
    private sealed class Walk
    {
        private readonly CostAnalyzer _analyzer;
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
        private readonly OperationDefinitionNode _operation;
        private readonly IReadOnlyDictionary<string, object?>? _variables;
        private readonly HashSet<string> _fragmentsOnPath = new(StringComparer.Ordinal);
        private readonly List<object> _path = [];

        public Walk(CostAnalyzer analyzer, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
        {
            _analyzer = analyzer;
            _operation = operation;
            _variables = variables;
            var definitions = document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
                if (definitions[i] is FragmentDefinitionNode fragment) _fragments[fragment.Name.Value] = fragment;
        }

        public bool DependsOnVariables { get; private set; }

        public (double FieldCost, double TypeCost) SelectionSetCost(
            SelectionSetNode selectionSet, NamedType type, FieldDefinition? parentField, FieldNode? parentNode)
        {
            var selected = new List<(NamedType DeclaringType, FieldNode Node)>();
            Collect(selectionSet, type, selected);
            if (type is ObjectType objectType) return CostFor(objectType, selected, parentField, parentNode);

            double maxFieldCost = 0, maxTypeCost = 0;
            var possibleTypes = _analyzer._schema.GetPossibleTypes(type);
            for (var i = 0; i < possibleTypes.Count; i++)
            {
                var (fieldCost, typeCost) = CostFor(possibleTypes[i], selected, parentField, parentNode);
                if (fieldCost > maxFieldCost) maxFieldCost = fieldCost;
                if (typeCost > maxTypeCost) maxTypeCost = typeCost;
            }
            return (maxFieldCost, maxTypeCost);
        }

        // Flattens inline fragments and fragment spreads into the fields they select, each with the type it is selected on.
        private void Collect(SelectionSetNode selectionSet, NamedType type, List<(NamedType, FieldNode)> selected)
        {
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FieldNode field:
                        selected.Add((type, field));
                        break;
                    case InlineFragmentNode inline:
                        Collect(inline.SelectionSet, TypeOf(inline.TypeCondition, type), selected);
                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (!_fragments.TryGetValue(name, out var fragment) || !_fragmentsOnPath.Add(name)) break;
                        Collect(fragment.SelectionSet, TypeOf(fragment.TypeCondition, type), selected);
                        _fragmentsOnPath.Remove(name);
                        break;
                }
            }
        }

        private NamedType TypeOf(NamedTypeNode? condition, NamedType fallback) =>
            condition is null ? fallback : _analyzer._schema.GetType(condition.Name.Value) ?? fallback;

        private (double FieldCost, double TypeCost) CostFor(
            ObjectType possibleType, List<(NamedType DeclaringType, FieldNode Node)> selected, FieldDefinition? parentField, FieldNode? parentNode)
        {
            var schema = _analyzer._schema;
            var counted = new HashSet<string>(StringComparer.Ordinal);
            double fieldCostSum = 0, typeCostSum = 0;
            for (var i = 0; i < selected.Count; i++)
            {
                var (declaringType, node) = selected[i];
                var name = node.Name.Value;
                if (name == "__typename") continue;
                if (!ReferenceEquals(declaringType, possibleType) && !(declaringType.IsAbstractType && schema.IsSubType(declaringType, possibleType)))
                    continue;
                // Fields merged under one response name execute once, so they cost once.
                if (!counted.Add(node.Alias?.Value ?? name)) continue;
                var field = MetaFields.GetFieldDefinition(schema, possibleType, name) ?? possibleType.GetField(name);
                if (field is null) continue;

                var (fieldCost, typeCost) = FieldCost(field, node, parentField, parentNode);
                fieldCostSum += fieldCost;
                typeCostSum += typeCost;
            }
            return (fieldCostSum, typeCostSum);
        }

        private (double FieldCost, double TypeCost) FieldCost(FieldDefinition field, FieldNode node, FieldDefinition? parentField, FieldNode? parentNode)
        {
            var info = _analyzer.GetFieldInfo(field);
            var fieldCost = info.FieldWeight;
            var typeCost = info.TypeWeight;

            info.ListSize?.CheckRequireOneSlicingArgument(node, _path);

            var arguments = node.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = field.GetArgument(arguments[i].Name.Value);
                if (argument is not null) fieldCost += CostWeights.InputCost(argument, arguments[i].Value);
            }

            double selectionSetCost = 0;
            if (node.SelectionSet is { } selectionSet && field.Type.GetNamedType().IsCompositeType)
            {
                _path.Add(name(node));
                var (childFieldCost, childTypeCost) = SelectionSetCost(selectionSet, field.Type.GetNamedType(), field, node);
                _path.RemoveAt(_path.Count - 1);
                selectionSetCost = childFieldCost;
                typeCost += childTypeCost;
            }

            if (info.IsList)
            {
                var listSize = info.ListSize;
                var sizingField = field;
                var sizingArguments = node.Arguments;
                // A connection's @listSize(sizedFields: ["edges"]) sizes its edges list by the connection's own arguments.
                if (listSize is null && parentField is not null && parentNode is not null
                    && _analyzer.GetFieldInfo(parentField).ListSize is { } parentListSize && parentListSize.Sizes(field.Name))
                {
                    listSize = parentListSize;
                    sizingField = parentField;
                    sizingArguments = parentNode.Arguments;
                }
                var size = listSize is null ? 1 : ListSize(listSize, sizingField, sizingArguments);
                typeCost *= size;
                selectionSetCost *= size;
            }

            fieldCost += selectionSetCost;
            // The spec rounds a negative field cost (possible with negative weights) up to zero.
            return (fieldCost < 0 ? 0 : fieldCost, typeCost);

            static string name(FieldNode n) => n.Name.Value;
        }

        private double ListSize(ListSizeInfo listSize, FieldDefinition field, IReadOnlyList<ArgumentNode> arguments)
        {
            var slicing = listSize.SlicingArguments;
            var found = 0;
            var largest = 0;
            for (var i = 0; i < slicing.Count; i++)
            {
                if (!TryGetSlicingValue(slicing[i], field, arguments, out var value)) continue;
                found++;
                if (value > largest) largest = value;
            }
            if (found > 0) return largest;
            if (slicing.Count > 0 && listSize.SlicingArgumentDefaultValue is { } slicingDefault) return slicingDefault;
            return listSize.AssumedSize ?? 1;
        }

        private bool TryGetSlicingValue(string argumentName, FieldDefinition field, IReadOnlyList<ArgumentNode> arguments, out int value)
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Name.Value != argumentName) continue;
                switch (arguments[i].Value)
                {
                    case IntValueNode literal when TryParseSize(literal, out value):
                        return true;
                    case VariableNode variable:
                        // Sized by the value sent with the request, so a client cannot hide a large page behind a variable.
                        DependsOnVariables = true;
                        if (_variables is not null && _variables.TryGetValue(variable.Name.Value, out var raw))
                        {
                            if (TryGetInt(raw, out value)) return true;
                        }
                        else if (VariableDefault(variable.Name.Value) is IntValueNode variableDefault && TryParseSize(variableDefault, out value))
                        {
                            return true;
                        }
                        break;
                }
                break;
            }
            if (field.GetArgument(argumentName)?.DefaultValueLiteral is IntValueNode argumentDefault && TryParseSize(argumentDefault, out value))
                return true;
            value = 0;
            return false;
        }

        private ValueNode? VariableDefault(string variableName)
        {
            var definitions = _operation.VariableDefinitions;
            for (var i = 0; i < definitions.Count; i++)
                if (definitions[i].Variable.Name.Value == variableName) return definitions[i].DefaultValue;
            return null;
        }

        private static bool TryParseSize(IntValueNode literal, out int value)
        {
            if (!int.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
                value = literal.Value.StartsWith('-') ? 0 : int.MaxValue;
            if (value < 0) value = 0;
            return true;
        }

        private static bool TryGetInt(object? raw, out int value)
        {
            switch (raw)
            {
                case int i:
                    value = Math.Max(i, 0);
                    return true;
                case long l:
                    value = (int)Math.Clamp(l, 0, int.MaxValue);
                    return true;
                case double d when double.IsFinite(d):
                    value = (int)Math.Clamp(d, 0, int.MaxValue);
                    return true;
                default:
                    value = 0;
                    return false;
            }
        }
    }

    /// <summary>A parsed <c>@listSize</c>.</summary>
    internal sealed class ListSizeInfo(
        int? assumedSize,
        IReadOnlyList<string> slicingArguments,
        int? slicingArgumentDefaultValue,
        IReadOnlyList<string> sizedFields,
        bool requireOneSlicingArgument)
    {
        public int? AssumedSize { get; } = assumedSize;
        public IReadOnlyList<string> SlicingArguments { get; } = slicingArguments;
        public int? SlicingArgumentDefaultValue { get; } = slicingArgumentDefaultValue;
        public IReadOnlyList<string> SizedFields { get; } = sizedFields;
        public bool RequireOneSlicingArgument { get; } = requireOneSlicingArgument;

        public bool Sizes(string fieldName)
        {
            for (var i = 0; i < SizedFields.Count; i++)
                if (SizedFields[i] == fieldName) return true;
            return false;
        }

        public void CheckRequireOneSlicingArgument(FieldNode node, List<object> path)
        {
            if (!RequireOneSlicingArgument || SlicingArguments.Count == 0) return;
            var present = 0;
            for (var i = 0; i < node.Arguments.Count; i++)
                for (var j = 0; j < SlicingArguments.Count; j++)
                    if (node.Arguments[i].Name.Value == SlicingArguments[j]) present++;
            if (present == 1) return;
            throw new GraphQLError(
                OneSlicingArgumentMessage,
                Validation.ValidationContext.LocationsOf(node),
                [.. path, node.Name.Value],
                new Dictionary<string, object?> { ["code"] = AnalysisErrorCodes.OneSlicingArgumentRequired });
        }

        public static ListSizeInfo? FromDirectives(IReadOnlyList<AppliedDirective> directives)
        {
            for (var i = 0; i < directives.Count; i++)
            {
                var directive = directives[i];
                if (directive.Name != CostDirectives.ListSizeName) continue;
                return new ListSizeInfo(
                    directive.GetArgument("assumedSize")?.Value is IntValueNode assumed ? int.Parse(assumed.Value, CultureInfo.InvariantCulture) : null,
                    Strings(directive.GetArgument("slicingArguments")?.Value),
                    directive.GetArgument("slicingArgumentDefaultValue")?.Value is IntValueNode slicingDefault
                        ? int.Parse(slicingDefault.Value, CultureInfo.InvariantCulture) : null,
                    Strings(directive.GetArgument("sizedFields")?.Value),
                    // The directive declares requireOneSlicingArgument: Boolean! = true.
                    directive.GetArgument("requireOneSlicingArgument")?.Value is not BooleanValueNode { Value: false });
            }
            return null;
        }

        private static string[] Strings(ValueNode? value)
        {
            switch (value)
            {
                case ListValueNode list:
                    var strings = new string[list.Values.Count];
                    for (var i = 0; i < strings.Length; i++)
                        strings[i] = list.Values[i] is StringValueNode s ? s.Value : throw new InvalidOperationException("@listSize expects a list of strings.");
                    return strings;
                case StringValueNode single:
                    // Input coercion accepts a single item for a list.
                    return [single.Value];
                default:
                    return [];
            }
        }
    }
}

/// <summary>Reads <c>@cost</c> weights and prices input values (arguments and the input fields set in their literals).</summary>
internal static class CostWeights
{
    public static bool TryGetWeight(IReadOnlyList<AppliedDirective> directives, out double weight)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name != CostDirectives.CostName) continue;
            if (directives[i].GetArgument("weight")?.Value is StringValueNode text
                && double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
                return true;
        }
        weight = 0;
        return false;
    }

    /// <summary>An argument or input field's weight (<c>@cost</c>, else 1 for input objects, 0 otherwise) plus what its value sets.</summary>
    public static double InputCost(InputValueDefinition definition, ValueNode value)
    {
        var weight = TryGetWeight(definition.AppliedDirectives, out var explicitWeight)
            ? explicitWeight
            : definition.Type.GetNamedType() is InputObjectType ? 1 : 0;
        return weight + ValueCost(definition.Type.GetNamedType(), value);
    }

    private static double ValueCost(NamedType type, ValueNode value)
    {
        double cost = 0;
        switch (value)
        {
            case ListValueNode list:
                for (var i = 0; i < list.Values.Count; i++) cost += ValueCost(type, list.Values[i]);
                break;
            case ObjectValueNode obj when type is InputObjectType inputObject:
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    var field = inputObject.GetField(obj.Fields[i].Name.Value);
                    if (field is not null) cost += InputCost(field, obj.Fields[i].Value);
                }
                break;
        }
        return cost;
    }
}
