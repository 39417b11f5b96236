namespace RescueGraph.GraphQL.Introspection;

/// <summary>Which optional parts the introspection query asks for (graphql-js <c>IntrospectionOptions</c>).</summary>
public sealed record IntrospectionQueryOptions
{
    public bool Descriptions { get; init; } = true;
    public bool SpecifiedByUrl { get; init; }
    public bool DirectiveIsRepeatable { get; init; }
    public bool SchemaDescription { get; init; }
    public bool InputValueDeprecation { get; init; }
    public bool ExperimentalDirectiveDeprecation { get; init; }
    public bool OneOf { get; init; }

    /// <summary>How many <c>ofType</c> levels TypeRef nests; graphql-js's default is 9.</summary>
    public int TypeDepth { get; init; } = 9;

    /// <summary>Every option of graphql-js 16.15 switched on.</summary>
    public static IntrospectionQueryOptions All { get; } = new()
    {
        Descriptions = true,
        SpecifiedByUrl = true,
        DirectiveIsRepeatable = true,
        SchemaDescription = true,
        InputValueDeprecation = true,
        ExperimentalDirectiveDeprecation = true,
        OneOf = true,
    };
}

/// <summary>The introspection query of graphql-js 16.15's <c>getIntrospectionQuery</c>, character for character.</summary>
public static class IntrospectionQuery
{
    /// <summary>The query with every option on.</summary>
    public static string Text { get; } = Build(IntrospectionQueryOptions.All);

    public static string Build(IntrospectionQueryOptions options)
    {
        if (options.TypeDepth > 100)
            throw new ArgumentOutOfRangeException(nameof(options), "Please set typeDepth to a reasonable value between 0 and 100; the default is 9.");

        var descriptions = options.Descriptions ? "description" : "";
        var specifiedByUrl = options.SpecifiedByUrl ? "specifiedByURL" : "";
        var directiveIsRepeatable = options.DirectiveIsRepeatable ? "isRepeatable" : "";
        var schemaDescription = options.SchemaDescription ? descriptions : "";
        var oneOf = options.OneOf ? "isOneOf" : "";
        string InputDeprecation(string text) => options.InputValueDeprecation ? text : "";
        string DirectiveDeprecation(string text) => options.ExperimentalDirectiveDeprecation ? text : "";

        return $$"""

                query IntrospectionQuery {
                  __schema {
                    {{schemaDescription}}
                    queryType { name kind }
                    mutationType { name kind }
                    subscriptionType { name kind }
                    types {
                      ...FullType
                    }
                    directives{{DirectiveDeprecation("(includeDeprecated: true)")}} {
                      name
                      {{descriptions}}
                      {{directiveIsRepeatable}}
                      {{DirectiveDeprecation("isDeprecated")}}
                      {{DirectiveDeprecation("deprecationReason")}}
                      locations
                      args{{InputDeprecation("(includeDeprecated: true)")}} {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  {{descriptions}}
                  {{specifiedByUrl}}
                  {{oneOf}}
                  fields(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    args{{InputDeprecation("(includeDeprecated: true)")}} {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields{{InputDeprecation("(includeDeprecated: true)")}} {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  {{descriptions}}
                  type { ...TypeRef }
                  defaultValue
                  {{InputDeprecation("isDeprecated")}}
                  {{InputDeprecation("deprecationReason")}}
                }

                fragment TypeRef on __Type {
                  kind
                  name{{OfType(options.TypeDepth, "      ")}}
                }

            """ + "  "; // graphql-js's template literal ends with the indentation of its closing line

    }

    private static string OfType(int level, string indent) =>
        level <= 0
            ? ""
            : $"\n{indent}ofType {{\n{indent}  name\n{indent}  kind{OfType(level - 1, indent + "  ")}\n{indent}}}";
}
