using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation;

/// <summary>Validates an executable document against a schema (graphql-js <c>validate</c>).</summary>
public static class DocumentValidator
{
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>
    /// Runs every rule over the document in one walk and returns the errors in the order they were found.
    /// After <paramref name="maxErrors"/> errors, the next one is replaced by a "too many errors" error and
    /// validation stops, so hostile documents cannot make validation produce unbounded output.
    /// The schema is assumed valid (graphql-js asserts it; schema validation runs once when the schema is built).
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError(TooManyErrorsMessage));
                throw new ValidationAbortedException();
            }
            errors.Add(error);
        });

        var visitors = new ValidationVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++) visitors[i] = rules[i].CreateVisitor(context);

        try
        {
            new ValidationWalker(visitors, typeInfo, context.Ancestors).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The error list already ends with the "too many errors" error.
        }
        return errors;
    }

    private sealed class ValidationAbortedException : Exception;
}
