using System.Collections.Concurrent;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.AspNetCore.SampleServer;

/// <summary>A small SDL schema with a query and a mutation root, enough for the transport audit and GraphiQL checks.</summary>
public static class SampleSchema
{
    public const string Sdl = """
        "A rescued animal."
        type Animal {
          name: String!
          species: String!
        }

        type Query {
          "Greets someone."
          hello(name: String = "world"): String!
          "Every animal added so far, oldest first."
          animals: [Animal!]!
        }

        type Mutation {
          "Adds an animal and returns it."
          addAnimal(name: String!, species: String!): Animal!
        }
        """;

    public static Schema Create()
    {
        var schema = SdlSchemaBuilder.Build(Sdl);
        var animals = new ConcurrentQueue<Dictionary<string, object?>>();

        Field(schema, "Query", "hello").Resolver = context =>
            ValueTask.FromResult<object?>($"Hello, {context.Arguments["name"]}!");
        Field(schema, "Query", "animals").Resolver = _ =>
            ValueTask.FromResult<object?>(animals.ToArray());
        Field(schema, "Mutation", "addAnimal").Resolver = context =>
        {
            var animal = new Dictionary<string, object?>
            {
                ["name"] = context.Arguments["name"],
                ["species"] = context.Arguments["species"],
            };
            animals.Enqueue(animal);
            return ValueTask.FromResult<object?>(animal);
        };
        return schema;
    }

    private static FieldDefinition Field(Schema schema, string typeName, string fieldName) =>
        ((ObjectType)schema.GetType(typeName)!).GetField(fieldName)!;
}
