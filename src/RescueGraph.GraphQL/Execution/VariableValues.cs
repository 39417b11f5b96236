using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Execution;

/// <summary>The outcome of coercing a request's variables: either the coerced values or the errors.</summary>
public sealed class VariableCoercionResult
{
    public VariableCoercionResult(IReadOnlyDictionary<string, object?> coerced) => Coerced = coerced;

    public VariableCoercionResult(IReadOnlyList<GraphQLError> errors) => Errors = errors;

    /// <summary>Coerced values by variable name; absent variables without defaults are absent here too. Null when there were errors.</summary>
    public IReadOnlyDictionary<string, object?>? Coerced { get; }

    /// <summary>Null when coercion succeeded.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }
}

/// <summary>Coerces the variable values of a request against an operation's variable definitions (graphql-js <c>getVariableValues</c>).</summary>
public static class VariableValues
{
    public static VariableCoercionResult Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors = 50)
    {
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);

        void Report(GraphQLError error)
        {
            if (errors.Count >= maxErrors)
                throw new ErrorLimitReachedException(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
            errors.Add(error);
        }

        try
        {
            for (var i = 0; i < definitions.Count; i++)
                CoerceVariable(schema, definitions[i], inputs, coerced, Report);
        }
        catch (ErrorLimitReachedException limit)
        {
            errors.Add(limit.Error);
        }

        return errors.Count == 0 ? new VariableCoercionResult(coerced) : new VariableCoercionResult(errors);
    }

    private static void CoerceVariable(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        Action<GraphQLError> report)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Convert(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            // Validation catches this; it is checked again because execution may run unvalidated documents.
            report(new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                LocationsOf(definition.Type)));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var input))
        {
            if (definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryConvert(definition.DefaultValue, type, null, out var defaultValue)) coerced[name] = defaultValue;
            }
            else if (type is NonNullType)
            {
                report(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", LocationsOf(definition)));
            }
            return;
        }

        if (input is null && type is NonNullType)
        {
            report(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", LocationsOf(definition)));
            return;
        }

        coerced[name] = InputCoercion.Coerce(input, type, (path, invalidValue, error) =>
        {
            var message = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalidValue)}";
            if (path.Count > 0) message += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
            report(new GraphQLError(message + "; " + error.Message, LocationsOf(definition), extensions: error.Extensions, innerException: error));
        });
    }

    internal static IReadOnlyList<SourceLocation>? LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [location.ToSourceLocation()] : null;

    /// <summary>Unwinds the coercion of all variables once the error limit is reached.</summary>
    private sealed class ErrorLimitReachedException(GraphQLError error) : Exception(error.Message)
    {
        public GraphQLError Error { get; } = error;
    }
}
