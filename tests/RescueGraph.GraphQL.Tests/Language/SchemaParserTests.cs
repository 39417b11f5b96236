using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Tests.Language;

public class SchemaParserTests
{
    private static T Single<T>(string sdl)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(sdl).Definitions));

    [Fact]
    public void ParsesSchemaKitchenSink()
    {
        var document = Parser.Parse(KitchenSink.Schema);
        Assert.Equal(37, document.Definitions.Count);
        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("This is a description\nof the schema as a whole.", schema.Description!.Value);
        Assert.Equal(OperationType.Mutation, schema.OperationTypes[1].Operation);
        Assert.Equal("MutationType", schema.OperationTypes[1].Type.Name.Value);
        var last = Assert.IsType<SchemaExtensionNode>(document.Definitions[^1]);
        Assert.Equal(OperationType.Subscription, Assert.Single(last.OperationTypes).Operation);
    }

    [Fact]
    public void ParsesObjectTypeWithDescriptionsArgumentsAndDefaults()
    {
        var type = Single<ObjectTypeDefinitionNode>("\"\"\"The dog\"\"\" type Dog implements Pet & Node @key(fields: \"id\") {\n  \"name\" name(upper: Boolean = false @deprecated): String!\n}");
        Assert.Equal("The dog", type.Description!.Value);
        Assert.True(type.Description.Block);
        Assert.Equal("Dog", type.Name.Value);
        Assert.Equal(new[] { "Pet", "Node" }, new[] { type.Interfaces[0].Name.Value, type.Interfaces[1].Name.Value });
        Assert.Equal("key", Assert.Single(type.Directives).Name.Value);
        var field = Assert.Single(type.Fields);
        Assert.Equal("name", field.Description!.Value);
        Assert.IsType<NonNullTypeNode>(field.Type);
        var argument = Assert.Single(field.Arguments);
        Assert.False(Assert.IsType<BooleanValueNode>(argument.DefaultValue).Value);
        Assert.Equal("deprecated", Assert.Single(argument.Directives).Name.Value);
        Assert.Equal(0, type.Location!.Start);
        Assert.Equal(new SourceLocation(2, 3), field.Location!.ToSourceLocation());
    }

    [Theory]
    [InlineData("type Hello implements World { field: String }", new[] { "World" })]
    [InlineData("type Hello implements Wo & rld { field: String }", new[] { "Wo", "rld" })]
    [InlineData("type Hello implements & Wo & rld { field: String }", new[] { "Wo", "rld" })]
    [InlineData("interface Hello implements & Wo & rld { field: String }", new[] { "Wo", "rld" })]
    [InlineData("extend type Hello implements Wo & rld", new[] { "Wo", "rld" })]
    [InlineData("extend interface Hello implements Wo", new[] { "Wo" })]
    public void ParsesImplementsWithOptionalLeadingAmpersand(string sdl, string[] interfaces)
    {
        var definition = Assert.Single(Parser.Parse(sdl).Definitions);
        IReadOnlyList<NamedTypeNode> parsed = definition switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            ObjectTypeExtensionNode oe => oe.Interfaces,
            InterfaceTypeExtensionNode ie => ie.Interfaces,
            _ => throw new InvalidOperationException(),
        };
        var names = new string[parsed.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = parsed[i].Name.Value;
        }

        Assert.Equal(interfaces, names);
    }

    [Fact]
    public void ParsesUnionsWithOptionalLeadingPipe()
    {
        var union = Single<UnionTypeDefinitionNode>("union Pet = | Dog | Cat");
        Assert.Equal(2, union.Types.Count);
        Assert.Equal("Cat", union.Types[1].Name.Value);
        Assert.Empty(Single<UnionTypeDefinitionNode>("union Empty").Types);
    }

    [Fact]
    public void ParsesEnumsWithDescribedValues()
    {
        var enumType = Single<EnumTypeDefinitionNode>("enum Size { \"tiny\" SMALL @deprecated LARGE }");
        Assert.Equal("SMALL", enumType.Values[0].Name.Value);
        Assert.Equal("tiny", enumType.Values[0].Description!.Value);
        Assert.Equal("deprecated", enumType.Values[0].Directives[0].Name.Value);
        Assert.Null(enumType.Values[1].Description);
    }

    [Fact]
    public void ParsesInputObjectsAndScalars()
    {
        var input = Single<InputObjectTypeDefinitionNode>("input Filter @oneOf { species: [String!] = [\"dog\"], age: Int }");
        Assert.Equal("oneOf", input.Directives[0].Name.Value);
        Assert.Equal(2, input.Fields.Count);
        Assert.IsType<ListValueNode>(input.Fields[0].DefaultValue);
        var scalar = Single<ScalarTypeDefinitionNode>("\"when\" scalar DateTime @specifiedBy(url: \"https://example.com\")");
        Assert.Equal("when", scalar.Description!.Value);
        Assert.Equal("specifiedBy", scalar.Directives[0].Name.Value);
    }

    [Fact]
    public void ParsesDirectiveDefinitions()
    {
        var directive = Single<DirectiveDefinitionNode>("\"d\" directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION");
        Assert.Equal("d", directive.Description!.Value);
        Assert.Equal("tag", directive.Name.Value);
        Assert.True(directive.Repeatable);
        Assert.Equal("name", Assert.Single(directive.Arguments).Name.Value);
        Assert.Equal(new[] { "OBJECT", "FIELD_DEFINITION" }, new[] { directive.Locations[0].Value, directive.Locations[1].Value });
        Assert.False(Single<DirectiveDefinitionNode>("directive @once on VARIABLE_DEFINITION").Repeatable);
    }

    [Fact]
    public void ParsesEveryExtensionKind()
    {
        var document = Parser.Parse(
            "extend schema @a { query: Q }\nextend scalar S @a\nextend type T implements I @a { f: Int }\n" +
            "extend interface I @a { f: Int }\nextend union U @a = A\nextend enum E @a { V }\nextend input In @a { f: Int }");
        var kinds = new SyntaxKind[document.Definitions.Count];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = document.Definitions[i].Kind;
            Assert.IsAssignableFrom<TypeSystemExtensionNode>(document.Definitions[i]);
        }

        Assert.Equal(
            new[]
            {
                SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension,
            },
            kinds);
        var objectExtension = (ObjectTypeExtensionNode)document.Definitions[2];
        Assert.Equal("T", objectExtension.Name.Value);
        Assert.Equal("f", Assert.Single(objectExtension.Fields).Name.Value);
        Assert.Equal(49, objectExtension.Location!.Start);
        Assert.Equal(new SourceLocation(3, 1), objectExtension.Location.ToSourceLocation());
    }

    [Fact]
    public void TypeDefinitionsShareTheirBaseShape()
    {
        var document = Parser.Parse("scalar S type T interface I union U enum E input In");
        foreach (var definition in document.Definitions)
        {
            var typeDefinition = Assert.IsAssignableFrom<TypeDefinitionNode>(definition);
            Assert.Null(typeDefinition.Description);
            Assert.Empty(typeDefinition.Directives);
            Assert.IsAssignableFrom<TypeSystemDefinitionNode>(definition);
        }
    }

    [Fact]
    public void AllowsMixingExecutableAndTypeSystemDefinitions()
    {
        var document = Parser.Parse("type Query { a: Int } { a }");
        Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.IsAssignableFrom<ExecutableDefinitionNode>(document.Definitions[1]);
    }
}
