using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

/// <summary>Lets a test see what resolvers did: mutations run, cancellation observed.</summary>
public sealed class ResolverProbe
{
    private int _mutationCount;

    public int MutationCount => Volatile.Read(ref _mutationCount);
    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal int IncrementMutations() => Interlocked.Increment(ref _mutationCount);
}

/// <summary>A service registered in the test host, to check that resolvers see the request's services.</summary>
public sealed class GreetingService
{
    public string Greeting => "hello from DI";
}

/// <summary>The schema the transport tests run against: plain fields, failing fields, a slow field and a mutation.</summary>
public static class TestSchema
{
    public const string SecretExceptionDetail = "connection string=secret";

    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          echo(text: String!): String!
          count(value: Int!): Int!
          fromServices: String
          fromRequestState: String
          failing: String
          failingNonNull: String!
          waitForCancellation: Boolean
        }

        type Mutation {
          increment: Int!
        }
        """;

    public static Schema Create(ResolverProbe probe)
    {
        var schema = SdlSchemaBuilder.Build(Sdl);
        Resolve(schema, "Query", "hello", context => $"Hello, {context.Arguments["name"]}!");
        Resolve(schema, "Query", "echo", context => context.Arguments["text"]);
        Resolve(schema, "Query", "count", context => context.Arguments["value"]);
        Resolve(schema, "Query", "fromServices", context => context.RequestServices?.GetService<GreetingService>()?.Greeting);
        Resolve(schema, "Query", "fromRequestState", context => context.RequestState.TryGetValue("user", out var user) ? user : null);
        Resolve(schema, "Query", "failing", _ => throw new InvalidOperationException(SecretExceptionDetail));
        Resolve(schema, "Query", "failingNonNull", _ => throw new InvalidOperationException(SecretExceptionDetail));
        Resolve(schema, "Mutation", "increment", _ => probe.IncrementMutations());
        Field(schema, "Query", "waitForCancellation").Resolver = async context =>
        {
            probe.WaitStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return false;
            }
            catch (OperationCanceledException)
            {
                probe.WaitCancelled.TrySetResult();
                throw;
            }
        };
        return schema;
    }

    private static void Resolve(Schema schema, string type, string field, Func<IResolveFieldContext, object?> resolve) =>
        Field(schema, type, field).Resolver = context => ValueTask.FromResult(resolve(context));

    private static FieldDefinition Field(Schema schema, string type, string field) =>
        ((ObjectType)schema.GetType(type)!).GetField(field)!;
}
