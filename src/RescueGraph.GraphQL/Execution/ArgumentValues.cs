using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>Coerces the arguments given to a field or directive (graphql-js <c>getArgumentValues</c> / <c>getDirectiveValues</c>).</summary>
public static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    /// <summary>
    /// The coerced argument values by name: given literals and variables, else defaults; arguments given
    /// neither are absent. Throws a <see cref="GraphQLError"/> for a missing required argument, a null for
    /// a non-null one, or an invalid literal — which validation normally rules out beforehand.
    /// </summary>
    /// <param name="nodeForErrors">The field or directive node, where a missing argument is reported.</param>
    public static IReadOnlyDictionary<string, object?> Get(
        IReadOnlyList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        IReadOnlyDictionary<string, object?> variableValues,
        SyntaxNode nodeForErrors)
    {
        if (definitions.Count == 0) return NoArguments;

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var name = definition.Name;
            var type = definition.Type;
            var argumentNode = FindArgument(nodes, name);

            if (argumentNode is null)
            {
                if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                else if (type is NonNullType)
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", VariableValues.LocationsOf(nodeForErrors));
                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variableValues.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                    else if (type is NonNullType)
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            VariableValues.LocationsOf(valueNode));
                    continue;
                }
                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", VariableValues.LocationsOf(valueNode));

            if (!ValueFromAst.TryConvert(valueNode, type, variableValues, out var value))
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", VariableValues.LocationsOf(valueNode));
            coerced[name] = value;
        }
        return coerced;
    }

    /// <summary>
    /// The coerced arguments of the first use of <paramref name="directive"/> among <paramref name="directives"/>,
    /// or null when the directive is not used there.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(
        DirectiveDefinition directive,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name.Value == directive.Name)
                return Get(directive.Arguments, directives[i].Arguments, variableValues, directives[i]);
        }
        return null;
    }

    /// <summary>The last argument of that name, as graphql-js's <c>keyMap</c> keeps the last duplicate.</summary>
    private static ArgumentNode? FindArgument(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        for (var i = nodes.Count - 1; i >= 0; i--)
            if (nodes[i].Name.Value == name) return nodes[i];
        return null;
    }
}
