using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// The directive-related rules consider directives the document itself defines as well as the schema's
/// (graphql-js reads <c>DirectiveDefinition</c> nodes of the document); this enumerates those definitions.
/// </summary>
internal static class DocumentDirectives
{
    public static IEnumerable<DirectiveDefinitionNode> DefinedIn(DocumentNode document)
    {
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
            if (definitions[i] is DirectiveDefinitionNode directive) yield return directive;
    }
}
