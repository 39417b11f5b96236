using RescueGraph.GraphQL.Types;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Ported from graphql-js execution/__tests__/abstract-test.ts and union-interface-test.ts.</summary>
public class AbstractTypeTests
{
    private const string PetsSdl = """
        interface Named { name: String }
        type Dog implements Named { name: String barks: Boolean }
        type Cat implements Named { name: String meows: Boolean }
        type Person implements Named { name: String pets: [Pet] friends: [Named] }
        union Pet = Dog | Cat
        type Query { me: Person named: Named pet: Pet }
        """;

    private const string PetsQuery = """
        {
          me {
            __typename name
            pets { __typename ... on Dog { name barks } ... on Cat { name meows } }
            friends { __typename name ... on Dog { barks } ... on Cat { meows } }
          }
        }
        """;

    [Fact]
    public async Task Resolves_unions_and_interfaces_by_typename()
    {
        var root = Data("""
            {'me':{'__typename':'Person','name':'John',
              'pets':[{'__typename':'Dog','name':'Odie','barks':true},{'__typename':'Cat','name':'Garfield','meows':false}],
              'friends':[{'__typename':'Person','name':'Liz'},{'__typename':'Dog','name':'Odie','barks':true}]}}
            """);
        var result = await RunAsync(Sdl(PetsSdl), PetsQuery, root);
        Assert.Equal(Json("""
            {'data':{'me':{'__typename':'Person','name':'John',
              'pets':[{'__typename':'Dog','name':'Odie','barks':true},{'__typename':'Cat','name':'Garfield','meows':false}],
              'friends':[{'__typename':'Person','name':'Liz'},{'__typename':'Dog','name':'Odie','barks':true}]}}}
            """), result);
    }

    private sealed record Dog(string Name, bool Barks);
    private sealed record Cat(string Name, bool Meows);
    private sealed record Human(string Name);

    private static FieldDefinition Field<T>(string name, GraphQLType type, Func<T, object?> read) =>
        new(name, type, ctx => new ValueTask<object?>(read((T)ctx.Source!)));

    /// <summary>Builds Pet (interface or union) over Dog and Cat, with the given resolvers/predicates.</summary>
    private static Schema PetSchema(bool asUnion, TypeResolver? resolveType, bool withIsTypeOf, IReadOnlyList<object> pets, ObjectType? extraType = null)
    {
        InterfaceType? petInterface = null;
        var dog = new ObjectType("Dog",
            () => [Field<Dog>("name", Scalars.String, d => d.Name), Field<Dog>("barks", Scalars.Boolean, d => d.Barks)],
            () => asUnion ? [] : [petInterface!]) { IsTypeOf = withIsTypeOf ? v => v is Dog : null };
        var cat = new ObjectType("Cat",
            () => [Field<Cat>("name", Scalars.String, c => c.Name), Field<Cat>("meows", Scalars.Boolean, c => c.Meows)],
            () => asUnion ? [] : [petInterface!]) { IsTypeOf = withIsTypeOf ? v => v is Cat : null };
        NamedType pet;
        if (asUnion) pet = new UnionType("Pet", () => [dog, cat]) { ResolveType = resolveType };
        else pet = petInterface = new InterfaceType("Pet", () => [new FieldDefinition("name", Scalars.String)]) { ResolveType = resolveType };
        var query = new ObjectType("Query", () => [new FieldDefinition("pets", new ListType(pet), _ => new ValueTask<object?>(pets))]);
        return new Schema(query, types: extraType is null ? [dog, cat] : [dog, cat, extraType]);
    }

    private const string PetQuery = "{ pets { __typename ... on Dog { name barks } ... on Cat { name meows } } }";
    private const string PetData = "{'pets':[{'__typename':'Dog','name':'Odie','barks':true},{'__typename':'Cat','name':'Garfield','meows':false}]}";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Resolves_by_IsTypeOf_when_there_is_no_type_resolver(bool asUnion)
    {
        var schema = PetSchema(asUnion, null, withIsTypeOf: true, [new Dog("Odie", true), new Cat("Garfield", false)]);
        Assert.Equal(Json("{'data':" + PetData + "}"), await ExecuteAsync(schema, PetQuery));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Resolves_by_the_abstract_type_s_resolver(bool asUnion)
    {
        Schema? schema = null;
        schema = PetSchema(asUnion, (value, ctx) => (ObjectType)ctx.Schema.GetType(value is Dog ? "Dog" : "Cat")!,
            withIsTypeOf: false, [new Dog("Odie", true), new Cat("Garfield", false)]);
        Assert.Equal(Json("{'data':" + PetData + "}"), await ExecuteAsync(schema, PetQuery));
    }

    [Fact]
    public async Task Reports_a_value_no_strategy_could_resolve()
    {
        var schema = PetSchema(asUnion: false, null, withIsTypeOf: false, [new Dog("Odie", true)]);
        var result = await ExecuteAsync(schema, "{ pets { name } }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Abstract type \u0022Pet\u0022 must resolve to an Object type at runtime for field \u0022Query.pets\u0022. Either the \u0022Pet\u0022 type should provide a \u0022resolveType\u0022 function or each possible type should provide an \u0022isTypeOf\u0022 function.',
               'locations':[{'line':1,'column':3}],'path':['pets',0]}],
             'data':{'pets':[null]}}
            """), result);
    }

    [Fact]
    public async Task Reports_a_resolved_type_missing_from_the_schema()
    {
        var ghost = new ObjectType("Ghost", () => [new FieldDefinition("name", Scalars.String)]);
        var schema = PetSchema(asUnion: true, (_, _) => ghost, withIsTypeOf: false, [new Dog("Odie", true)]);
        var shape = ResponseShape.Of(await ExecuteAsync(schema, "{ pets { __typename } }"));
        Assert.Equal(["Abstract type \"Pet\" was resolved to a type \"Ghost\" that does not exist inside the schema."], shape.ErrorMessages);
        Assert.Equal(["pets.0"], shape.ErrorPaths);
    }

    [Fact]
    public async Task Reports_a_runtime_type_that_is_not_a_possible_type()
    {
        var human = new ObjectType("Human", () => [new FieldDefinition("name", Scalars.String)]);
        var schema = PetSchema(asUnion: true, (_, ctx) => (ObjectType)ctx.Schema.GetType("Human")!, withIsTypeOf: false, [new Human("Jon")], human);
        var shape = ResponseShape.Of(await ExecuteAsync(schema, "{ pets { __typename } }"));
        Assert.Equal(["Runtime Object type \"Human\" is not a possible type for \"Pet\"."], shape.ErrorMessages);
    }

    [Theory]
    [InlineData("Named", "Abstract type \"Pet\" was resolved to a non-object type \"Named\".")]
    [InlineData("Person", "Runtime Object type \"Person\" is not a possible type for \"Pet\".")]
    [InlineData("Nope", "Abstract type \"Pet\" was resolved to a type \"Nope\" that does not exist inside the schema.")]
    public async Task Checks_the_typename_a_value_names(string typename, string message)
    {
        var shape = ResponseShape.Of(await RunAsync(Sdl(PetsSdl), "{ pet { __typename } }", Data("{'pet':{'__typename':'" + typename + "'}}")));
        Assert.Equal(Json("{'pet':null}"), shape.Data);
        Assert.Equal([message], shape.ErrorMessages);
    }

    [Fact]
    public async Task IsTypeOf_false_on_a_concrete_type_is_an_error()
    {
        var dog = new ObjectType("Dog", () => [new FieldDefinition("name", Scalars.String)]) { IsTypeOf = v => v is Dog };
        var query = new ObjectType("Query", () => [new FieldDefinition("dog", dog, _ => new ValueTask<object?>(new Human("Jon")))]);
        var shape = ResponseShape.Of(await ExecuteAsync(new Schema(query), "{ dog { name } }"));
        Assert.Equal(["Expected value of type \"Dog\" but got: Human { Name = Jon }."], shape.ErrorMessages);
    }
}
