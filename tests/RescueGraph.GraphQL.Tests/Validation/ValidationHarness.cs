using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Tests.Validation;

/// <summary>An expected validation error: its message and every location, in order.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    /// <summary>Lets tests write an error with one location as <c>("message", line, column)</c>.</summary>
    public static implicit operator ExpectedError((string Message, int Line, int Column) error) =>
        new(error.Message, (error.Line, error.Column));

    public override string ToString() => Format(Message, Locations);

    internal static string Format(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>
/// graphql-js's validation test harness (<c>src/validation/__tests__/harness.ts</c>, 16.x): its test schema
/// and helpers that validate a document with one rule and compare the errors (message and locations).
/// </summary>
public static class ValidationHarness
{
    public const string TestSchemaSdl = """
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }

        schema {
          query: QueryRoot
        }

        directive @onField on FIELD
        """;

    private static readonly Lazy<Schema> LazyTestSchema = new(() => SdlSchemaBuilder.Build(TestSchemaSdl));

    /// <summary>graphql-js's <c>testSchema</c>.</summary>
    public static Schema TestSchema => LazyTestSchema.Value;

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, IValidationRule rule, string query) =>
        DocumentValidator.Validate(schema, Parser.Parse(query), [rule]);

    public static void ExpectValid(IValidationRule rule, string query) => ExpectValidWithSchema(TestSchema, rule, query);

    public static void ExpectValidWithSchema(Schema schema, IValidationRule rule, string query) =>
        ExpectErrorsWithSchema(schema, rule, query);

    public static void ExpectErrors(IValidationRule rule, string query, params ExpectedError[] errors) =>
        ExpectErrorsWithSchema(TestSchema, rule, query, errors);

    public static void ExpectErrorsWithSchema(Schema schema, IValidationRule rule, string query, params ExpectedError[] errors) =>
        AssertErrors(errors, Validate(schema, rule, query));

    /// <summary>Compares errors as one line each (message @ line:column, ...) so a failure shows the whole difference.</summary>
    public static void AssertErrors(IReadOnlyList<ExpectedError> expected, IReadOnlyList<GraphQLError> actual)
    {
        var expectedLines = expected.Select(e => e.ToString()).ToArray();
        var actualLines = actual.Select(e => ExpectedError.Format(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).ToArray();
        Assert.Equal(string.Join("\n", expectedLines), string.Join("\n", actualLines));
    }

    /// <summary>An expected error with any number of locations: <c>Error("message", (1, 2), (3, 4))</c>.</summary>
    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);
}
