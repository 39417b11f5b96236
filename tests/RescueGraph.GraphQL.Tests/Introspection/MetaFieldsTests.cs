using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.Introspection;

public class MetaFieldsTests
{
    private static readonly Schema TestSchema = SdlSchemaBuilder.Build("""
        interface Named { name: String }
        type Dog implements Named { name: String, barks: Boolean }
        union Pet = Dog
        input Filter { name: String }
        type Query { dog: Dog, pet: Pet }
        """);

    [Fact]
    public void SchemaAndTypeExistOnlyOnTheQueryRootType()
    {
        var query = TestSchema.Query!;
        var dog = TestSchema.GetType("Dog")!;
        Assert.Same(MetaFields.SchemaField, MetaFields.GetFieldDefinition(TestSchema, query, "__schema"));
        Assert.Same(MetaFields.TypeField, MetaFields.GetFieldDefinition(TestSchema, query, "__type"));
        Assert.Null(MetaFields.GetFieldDefinition(TestSchema, dog, "__schema"));
        Assert.Null(MetaFields.GetFieldDefinition(TestSchema, dog, "__type"));
    }

    [Fact]
    public void TypenameExistsOnEveryCompositeType()
    {
        foreach (var name in new[] { "Query", "Dog", "Named", "Pet" })
            Assert.Same(MetaFields.TypeNameField, MetaFields.GetFieldDefinition(TestSchema, TestSchema.GetType(name)!, "__typename"));
        Assert.Null(MetaFields.GetFieldDefinition(TestSchema, TestSchema.GetType("Filter")!, "__typename"));
        Assert.Null(MetaFields.GetFieldDefinition(TestSchema, Scalars.String, "__typename"));
    }

    [Fact]
    public void OtherNamesAreTheParentTypesFields()
    {
        var dog = TestSchema.GetType("Dog")!;
        Assert.Same(((ObjectType)dog).GetField("barks"), MetaFields.GetFieldDefinition(TestSchema, dog, "barks"));
        Assert.Same(((InterfaceType)TestSchema.GetType("Named")!).GetField("name"), MetaFields.GetFieldDefinition(TestSchema, TestSchema.GetType("Named")!, "name"));
        Assert.Null(MetaFields.GetFieldDefinition(TestSchema, dog, "meows"));
        Assert.Null(MetaFields.GetFieldDefinition(TestSchema, dog, "__other"));
        Assert.Null(MetaFields.GetFieldDefinition(TestSchema, TestSchema.GetType("Pet")!, "name"));
    }

    [Fact]
    public void MetaFieldsHaveGraphQLJsSignatures()
    {
        Assert.Equal("__Schema!", MetaFields.SchemaField.Type.ToString());
        Assert.Equal("Access the current type schema of this server.", MetaFields.SchemaField.Description);
        Assert.Equal("__Type", MetaFields.TypeField.Type.ToString());
        Assert.Equal("Request the type information of a single type.", MetaFields.TypeField.Description);
        var nameArgument = Assert.Single(MetaFields.TypeField.Arguments);
        Assert.Equal("name", nameArgument.Name);
        Assert.Equal("String!", nameArgument.Type.ToString());
        Assert.Equal("String!", MetaFields.TypeNameField.Type.ToString());
        Assert.Equal("The name of the current Object type at runtime.", MetaFields.TypeNameField.Description);
    }

    [Fact]
    public void IntrospectionTypesAreListedInGraphQLJsOrder()
    {
        Assert.Equal(
            ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"],
            IntrospectionTypes.All.Select(t => t.Name));
        Assert.True(IntrospectionTypes.IsIntrospectionType(IntrospectionTypes.Type));
        Assert.False(IntrospectionTypes.IsIntrospectionType(Scalars.String));
        Assert.False(IntrospectionTypes.IsIntrospectionType(TestSchema.GetType("Dog")!));
    }

    [Fact]
    public void SchemaTypesEndWithTheIntrospectionTypes()
    {
        var names = TestSchema.Types.Select(t => t.Name).ToList();
        Assert.Equal(["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            names.Where(n => n.StartsWith("__", StringComparison.Ordinal)));
    }
}
