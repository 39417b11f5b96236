namespace RescueGraph.GraphQL.Language;

/// <summary>Builds the <c>Syntax Error: …</c> errors of the lexer and parser.</summary>
internal static class SyntaxErrors
{
    public static GraphQLError At(Source source, int position, string description) =>
        new("Syntax Error: " + description, new[] { source.GetLocation(position) });
}
