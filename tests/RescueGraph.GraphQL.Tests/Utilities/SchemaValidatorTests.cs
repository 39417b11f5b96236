using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.Utilities;

/// <summary>Messages and locations are those graphql-js 16.15's <c>validateSchema</c> reports for the same SDL.</summary>
public class SchemaValidatorTests
{
    public static TheoryData<string, string, string> InvalidSchemas => new()
    {
        { "type Query { a: Obj } type Obj", "Type Obj must define one or more fields.", "1:23" },
        { "type Query { a: I } interface I { x: Int y: String } type T implements I { x: Int }", "Interface field I.y expected but T does not provide it.", "1:42 1:54" },
        { "type Query { a: I } interface I { x: Int } type T implements I { x: String }", "Interface field I.x expects type Int but T.x is type String.", "1:38 1:69" },
        { "type Query { a: I } interface J { x: Int } interface I implements J { x: Int } type T implements I { x: Int }", "Type T must implement J because it is implemented by I.", "1:67 1:98" },
        { "type Query { a(i: A): Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".", "1:39 1:57" },
        { "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", "1:14" },
        { "type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.", "1:24 1:19" },
        { "type Query { a: I } interface I { x: Int } type T implements I { x(req: Int!): Int }", "Object field T.x includes required argument req that is missing from the Interface field I.x.", "1:68 1:35" },
        { "type Query { a: I } interface I { x(a: Int): Int } type T implements I { x(a: String): Int }", "Interface field argument I.x(a:) expects type Int but T.x(a:) is type String.", "1:40 1:79" },
        { "type Foo { a: Int }", "Query root type must be provided.", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Reports_the_violation_as_graphql_js_does(string sdl, string message, string locations)
    {
        var errors = SchemaValidator.Validate(SdlSchemaBuilder.Build(sdl));

        var error = Assert.Single(errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(locations, string.Join(" ", error.Locations.Select(l => $"{l.Line}:{l.Column}")));
    }

    [Fact]
    public void Reports_every_OneOf_violation()
    {
        var errors = SchemaValidator.Validate(SdlSchemaBuilder.Build("type Query { a(i: In): Int } input In @oneOf { a: Int! b: Int = 3 }"));

        Assert.Equal(
            ["OneOf input field In.a must be nullable.", "OneOf input field In.b cannot have a default value."],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void A_valid_schema_has_no_errors()
    {
        var schema = SdlSchemaBuilder.Build("""
            type Query { pets: [Pet] node(id: ID!): Node }
            interface Node { id: ID! }
            interface Pet implements Node { id: ID! name: String }
            type Dog implements Pet & Node { id: ID! name: String barks(loud: Boolean = false): Boolean }
            input Filter { self: Filter next: [Filter!]! }
            """);

        Assert.Empty(SchemaValidator.Validate(schema));
    }
}
