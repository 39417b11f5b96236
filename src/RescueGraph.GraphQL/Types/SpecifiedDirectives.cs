using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13 plus graphql-js 16's <c>@oneOf</c>), with graphql-js's descriptions.</summary>
public static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = new("include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Included when true." }],
    };

    public static readonly DirectiveDefinition Skip = new("skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Skipped when true." }],
    };

    public static readonly DirectiveDefinition Deprecated = new("deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new ArgumentDefinition("reason", Scalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                HasDefaultValue = true,
                DefaultValue = DefaultDeprecationReason,
                DefaultValueLiteral = new StringValueNode { Value = DefaultDeprecationReason },
            },
        ],
    };

    public static readonly DirectiveDefinition SpecifiedBy = new("specifiedBy", [DirectiveLocation.Scalar])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = [new ArgumentDefinition("url", new NonNullType(Scalars.String)) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    public static readonly DirectiveDefinition OneOf = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive)
    {
        foreach (var specified in All)
            if (specified.Name == directive.Name) return true;
        return false;
    }
}
