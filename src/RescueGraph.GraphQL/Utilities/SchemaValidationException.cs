namespace RescueGraph.GraphQL.Utilities;

/// <summary>Thrown when a schema (built from SDL or code) breaks the type-system rules; lists every violation.</summary>
public sealed class SchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception(FormatMessage(errors))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    private static string FormatMessage(IReadOnlyList<GraphQLError> errors) =>
        "The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e));
}
