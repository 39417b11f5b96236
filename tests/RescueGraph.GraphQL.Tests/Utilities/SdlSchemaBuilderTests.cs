using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.Utilities;

public class SdlSchemaBuilderTests
{
    [Fact]
    public void Types_are_ordered_as_graphql_js_orders_them()
    {
        // Expected order taken from graphql-js 16.15: Object.keys(buildSchema(sdl).getTypeMap()).
        var schema = SdlSchemaBuilder.Build("""
            type Query { pets: [Pet] search(term: String): SearchResult }
            interface Pet { name: String }
            type Dog implements Pet { name: String barks: Boolean }
            union SearchResult = Dog | Cat
            type Cat implements Pet { name: String lives: Int }
            input Filter { name: String, limit: Int = 10 }
            """);

        Assert.Equal(
            "Query,String,Pet,Dog,Boolean,SearchResult,Cat,Int,Filter,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation",
            string.Join(",", schema.Types.Select(t => t.Name)));
    }

    [Fact]
    public void Schema_definition_names_the_root_types_and_types_keep_graphql_js_order()
    {
        var schema = SdlSchemaBuilder.Build("schema { query: Root mutation: Change } type Root { a: Int } type Change { b(x: Filter): ID } input Filter { f: Float }");

        Assert.Equal("Root", schema.Query!.Name);
        Assert.Equal("Change", schema.Mutation!.Name);
        Assert.Null(schema.Subscription);
        Assert.Equal(
            "Root,Int,Change,ID,Filter,Float,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation",
            string.Join(",", schema.Types.Select(t => t.Name)));
    }

    [Fact]
    public void Extensions_add_fields_interfaces_members_and_values()
    {
        var schema = SdlSchemaBuilder.Build("""
            type Query { a: Int }
            extend type Query { b: String }
            interface Named { name: String }
            type Dog { id: ID }
            extend type Dog implements Named { name: String }
            type Cat { name: String }
            union Pet = Dog
            extend union Pet = Cat
            enum Color { RED }
            extend enum Color { GREEN }
            input Filter { a: Int }
            extend input Filter { b: Int }
            """);

        Assert.Equal(["a", "b"], schema.Query!.Fields.Select(f => f.Name));
        var dog = (ObjectType)schema.GetType("Dog")!;
        Assert.Equal(["id", "name"], dog.Fields.Select(f => f.Name));
        Assert.Equal("Named", Assert.Single(dog.Interfaces).Name);
        Assert.Equal(["Dog", "Cat"], ((UnionType)schema.GetType("Pet")!).Types.Select(t => t.Name));
        Assert.Equal(["RED", "GREEN"], ((EnumType)schema.GetType("Color")!).Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], ((InputObjectType)schema.GetType("Filter")!).Fields.Select(f => f.Name));
        Assert.Contains(dog, schema.GetPossibleTypes((InterfaceType)schema.GetType("Named")!));
    }

    [Fact]
    public void Deprecation_specifiedBy_oneOf_defaults_and_descriptions_are_read()
    {
        var schema = SdlSchemaBuilder.Build("""
            "The root"
            type Query {
              "Old field"
              old: Int @deprecated
              gone(arg: Int @deprecated(reason: "Use other")): Int @deprecated(reason: "Use new")
              count(limit: Int = 10, tags: [String] = "one"): Int
            }
            scalar Instant @specifiedBy(url: "https://example.com/instant")
            input Choice @oneOf { a: Int b: String }
            """);

        var query = schema.Query!;
        Assert.Equal("The root", query.Description);
        var old = query.GetField("old")!;
        Assert.Equal("Old field", old.Description);
        Assert.Equal("No longer supported", old.DeprecationReason);
        var gone = query.GetField("gone")!;
        Assert.Equal("Use new", gone.DeprecationReason);
        Assert.Equal("Use other", gone.GetArgument("arg")!.DeprecationReason);

        var limit = query.GetField("count")!.GetArgument("limit")!;
        Assert.True(limit.HasDefaultValue);
        Assert.Equal(10, limit.DefaultValue);
        var tags = query.GetField("count")!.GetArgument("tags")!;
        Assert.Equal(["one"], Assert.IsType<List<object?>>(tags.DefaultValue)); // list input coercion of a single value

        Assert.Equal("https://example.com/instant", ((ScalarType)schema.GetType("Instant")!).SpecifiedByUrl);
        Assert.True(((InputObjectType)schema.GetType("Choice")!).IsOneOf);
    }

    [Fact]
    public void Directive_definitions_come_first_then_the_specified_ones()
    {
        var schema = SdlSchemaBuilder.Build("""
            directive @cached(ttl: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
            type Query { a: Int }
            """);

        Assert.Equal(["cached", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        var cached = schema.GetDirective("cached")!;
        Assert.True(cached.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], cached.Locations);
        Assert.Equal(60, cached.GetArgument("ttl")!.DefaultValue);
    }

    [Fact]
    public void Unknown_types_are_reported_with_their_location()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build("type Query {\n  a: Missing\n}"));

        var reported = Assert.Single(error.Errors);
        Assert.Equal("Unknown type \"Missing\".", reported.Message);
        Assert.Equal(new SourceLocation(2, 6), Assert.Single(reported.Locations));
    }

    [Fact]
    public void Duplicate_type_names_are_reported()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build("type Query { a: Int } type Query { b: Int }"));
        Assert.Contains(error.Errors, e => e.Message == "There can be only one type named \"Query\".");
    }

    [Fact]
    public void Standard_scalars_are_the_shared_instances()
    {
        var schema = SdlSchemaBuilder.Build("scalar String type Query { a: String b: Int }");
        Assert.Same(Scalars.String, schema.GetType("String"));
        Assert.Same(Scalars.Int, schema.Query!.GetField("b")!.Type);
    }
}
