using RescueGraph.GraphQL.Types;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Ported from graphql-js execution/__tests__/nonnull-test.ts.</summary>
public class NonNullTests
{
    private static readonly Schema Schema = Sdl("""
        type DataType {
          sync: String
          syncNonNull: String!
          async: String
          asyncNonNull: String!
          syncNest: DataType
          syncNonNullNest: DataType!
          asyncNest: DataType
          asyncNonNullNest: DataType!
        }
        schema { query: DataType }
        """);

    /// <summary>Data whose leaves all throw (or return null when <paramref name="nulls"/>), sync or async by field name.</summary>
    private static Dictionary<string, object?> Data(bool nulls)
    {
        FieldResolver Leaf(string name, bool async) => async
            ? async _ =>
            {
                await Task.Yield();
                return nulls ? null : throw new InvalidOperationException(name);
            }
            : _ => nulls ? Value(null) : throw new InvalidOperationException(name);
        FieldResolver Nest(bool async) => async
            ? async _ => { await Task.Yield(); return Data(nulls); }
            : _ => Value(Data(nulls));

        return new Dictionary<string, object?>
        {
            ["sync"] = Leaf("sync", false),
            ["syncNonNull"] = Leaf("syncNonNull", false),
            ["async"] = Leaf("async", true),
            ["asyncNonNull"] = Leaf("asyncNonNull", true),
            ["syncNest"] = Nest(false),
            ["syncNonNullNest"] = Nest(false),
            ["asyncNest"] = Nest(true),
            ["asyncNonNullNest"] = Nest(true),
        };
    }

    [Theory]
    [InlineData(false, "syncNest", "syncNonNull", "syncNonNull")]
    [InlineData(false, "syncNest", "asyncNonNull", "asyncNonNull")]
    [InlineData(false, "asyncNest", "syncNonNull", "syncNonNull")]
    [InlineData(false, "asyncNest", "asyncNonNull", "asyncNonNull")]
    [InlineData(true, "syncNest", "syncNonNull", "Cannot return null for non-nullable field DataType.syncNonNull.")]
    [InlineData(true, "asyncNest", "asyncNonNull", "Cannot return null for non-nullable field DataType.asyncNonNull.")]
    public async Task Nulls_the_nullable_parent_of_a_non_null_field_that_fails(bool nulls, string nest, string field, string message)
    {
        var result = await ExecuteAsync(Schema, $$"""
            query Q {
              {{nest}} {
                {{field}}
              }
            }
            """, Data(nulls));

        Assert.Equal(Json($$$"""
            {'errors':[{'message':'{{{message}}}','locations':[{'line':3,'column':5}],'path':['{{{nest}}}','{{{field}}}']}],
             'data':{'{{{nest}}}':null}}
            """), result);
    }

    [Fact]
    public async Task Nulls_a_complex_tree_of_nullable_fields_that_throw()
    {
        var result = ResponseShape.Of(await ExecuteAsync(Schema, """
            {
              syncNest { sync async syncNest { sync async } asyncNest { sync async } }
              asyncNest { sync async syncNest { sync async } asyncNest { sync async } }
            }
            """, Data(nulls: false)));

        Assert.Equal(Json("""
            {'syncNest':{'sync':null,'async':null,'syncNest':{'sync':null,'async':null},'asyncNest':{'sync':null,'async':null}},
             'asyncNest':{'sync':null,'async':null,'syncNest':{'sync':null,'async':null},'asyncNest':{'sync':null,'async':null}}}
            """), result.Data);
        Assert.Equal(
            [
                "asyncNest.async", "asyncNest.asyncNest.async", "asyncNest.asyncNest.sync", "asyncNest.sync",
                "asyncNest.syncNest.async", "asyncNest.syncNest.sync",
                "syncNest.async", "syncNest.asyncNest.async", "syncNest.asyncNest.sync", "syncNest.sync",
                "syncNest.syncNest.async", "syncNest.syncNest.sync",
            ],
            result.ErrorPaths);
    }

    [Fact]
    public async Task Nulls_the_first_nullable_object_after_a_long_chain_of_non_null_fields()
    {
        var result = ResponseShape.Of(await ExecuteAsync(Schema, """
            {
              syncNest { syncNonNullNest { syncNonNullNest { syncNonNull } } }
              asyncNest { asyncNonNullNest { asyncNonNullNest { asyncNonNull } } }
              anotherNest: syncNest { syncNonNullNest { asyncNonNullNest { sync } } }
            }
            """, Data(nulls: false)));

        Assert.Equal(Json("{'syncNest':null,'asyncNest':null,'anotherNest':{'syncNonNullNest':{'asyncNonNullNest':{'sync':null}}}}"), result.Data);
        Assert.Equal(
            ["anotherNest.syncNonNullNest.asyncNonNullNest.sync", "asyncNest.asyncNonNullNest.asyncNonNullNest.asyncNonNull",
             "syncNest.syncNonNullNest.syncNonNullNest.syncNonNull"],
            result.ErrorPaths);
    }

    [Theory]
    [InlineData("syncNonNull")]
    [InlineData("asyncNonNull")]
    public async Task Nulls_the_top_level_when_a_non_null_root_field_fails(string field)
    {
        var result = await ExecuteAsync(Schema, $"{{ {field} }}", Data(nulls: true));
        Assert.Equal(Json($$$"""
            {'errors':[{'message':'Cannot return null for non-nullable field DataType.{{{field}}}.','locations':[{'line':1,'column':3}],'path':['{{{field}}}']}],
             'data':null}
            """), result);
    }

    [Fact]
    public async Task Stops_executing_siblings_after_a_synchronous_non_null_failure()
    {
        var calls = 0;
        var data = Data(nulls: false);
        data["sync"] = (FieldResolver)(_ => { calls++; return Value("x"); });
        var result = await ExecuteAsync(Schema, "{ syncNest { syncNonNull sync } }", data);
        Assert.Equal(Json("{'errors':[{'message':'syncNonNull','locations':[{'line':1,'column':14}],'path':['syncNest','syncNonNull']}],'data':{'syncNest':null}}"),
            result);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Drops_errors_raised_under_an_already_nulled_position_but_waits_for_the_work()
    {
        var slowFinished = false;
        var fastFailed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var data = new Dictionary<string, object?>
        {
            ["syncNest"] = (FieldResolver)(_ => Value(new Dictionary<string, object?>
            {
                ["asyncNonNull"] = (FieldResolver)(async _ =>
                {
                    await Task.Delay(10);
                    fastFailed.SetResult();
                    throw new InvalidOperationException("fast");
                }),
                ["async"] = (FieldResolver)(async _ =>
                {
                    // Fail well after the non-null sibling nulled the parent.
                    await fastFailed.Task;
                    await Task.Delay(300);
                    slowFinished = true;
                    throw new InvalidOperationException("slow");
                }),
            })),
        };

        var result = await ExecuteAsync(Schema, "{ syncNest { async asyncNonNull } }", data);

        Assert.True(slowFinished);
        Assert.Equal(Json("{'errors':[{'message':'fast','locations':[{'line':1,'column':20}],'path':['syncNest','asyncNonNull']}],'data':{'syncNest':null}}"),
            result);
    }
}
