using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>
/// Ported from graphql-js execution/__tests__/mutations-test.ts: mutation root fields run strictly one
/// after another, query root fields all start before any completes.
/// </summary>
public class MutationOrderingTests
{
    private const string Sdl_ = """
        type NumberHolder { theNumber: Int }
        type Query { numberHolder: NumberHolder slow(ms: Int!, n: Int!): Int }
        type Mutation {
          immediatelyChangeTheNumber(newNumber: Int): NumberHolder
          promiseToChangeTheNumber(newNumber: Int): NumberHolder
          failToChangeTheNumber(newNumber: Int): NumberHolder
          promiseAndFailToChangeTheNumber(newNumber: Int): NumberHolder
        }
        """;

    private static (Types.Schema Schema, List<string> Log) CreateSchema()
    {
        var schema = Sdl(Sdl_);
        var log = new List<string>();
        var holder = new Dictionary<string, object?> { ["theNumber"] = 6 };
        void Change(object? n) { lock (log) { holder["theNumber"] = n; log.Add("set " + n); } }
        SetResolver(schema, "Mutation", "immediatelyChangeTheNumber", ctx => { Change(ctx.Arguments["newNumber"]); return Value(new Dictionary<string, object?>(holder)); });
        SetResolver(schema, "Mutation", "promiseToChangeTheNumber", async ctx =>
        {
            // Later fields take less time: only serial execution keeps the document order.
            await Task.Delay(60 - 10 * (int)ctx.Arguments["newNumber"]!);
            Change(ctx.Arguments["newNumber"]);
            return new Dictionary<string, object?>(holder);
        });
        SetResolver(schema, "Mutation", "failToChangeTheNumber", ctx => throw new InvalidOperationException("Cannot change the number to " + ctx.Arguments["newNumber"]));
        SetResolver(schema, "Mutation", "promiseAndFailToChangeTheNumber", async ctx =>
        {
            await Task.Delay(5);
            throw new InvalidOperationException("Cannot change the number to " + ctx.Arguments["newNumber"]);
        });
        return (schema, log);
    }

    [Fact]
    public async Task Evaluates_mutations_serially_even_when_later_ones_are_faster()
    {
        var (schema, log) = CreateSchema();
        var result = await RunAsync(schema, """
            mutation M {
              first: immediatelyChangeTheNumber(newNumber: 1) { theNumber }
              second: promiseToChangeTheNumber(newNumber: 2) { theNumber }
              third: immediatelyChangeTheNumber(newNumber: 3) { theNumber }
              fourth: promiseToChangeTheNumber(newNumber: 4) { theNumber }
              fifth: immediatelyChangeTheNumber(newNumber: 5) { theNumber }
            }
            """);
        Assert.Equal(Json("""
            {'data':{'first':{'theNumber':1},'second':{'theNumber':2},'third':{'theNumber':3},'fourth':{'theNumber':4},'fifth':{'theNumber':5}}}
            """), result);
        Assert.Equal(["set 1", "set 2", "set 3", "set 4", "set 5"], log);
    }

    [Fact]
    public async Task Evaluates_mutations_correctly_in_the_presence_of_a_failed_mutation()
    {
        var (schema, _) = CreateSchema();
        var result = await RunAsync(schema, """
            mutation M {
              first: immediatelyChangeTheNumber(newNumber: 1) { theNumber }
              second: promiseToChangeTheNumber(newNumber: 2) { theNumber }
              third: failToChangeTheNumber(newNumber: 3) { theNumber }
              fourth: promiseToChangeTheNumber(newNumber: 4) { theNumber }
              fifth: immediatelyChangeTheNumber(newNumber: 5) { theNumber }
              sixth: promiseAndFailToChangeTheNumber(newNumber: 6) { theNumber }
            }
            """);
        Assert.Equal(Json("""
            {'errors':[
              {'message':'Cannot change the number to 3','locations':[{'line':4,'column':3}],'path':['third']},
              {'message':'Cannot change the number to 6','locations':[{'line':7,'column':3}],'path':['sixth']}],
             'data':{'first':{'theNumber':1},'second':{'theNumber':2},'third':null,'fourth':{'theNumber':4},'fifth':{'theNumber':5},'sixth':null}}
            """), result);
    }

    [Fact]
    public async Task Query_root_fields_start_together_and_complete_in_their_own_time()
    {
        var schema = Sdl(Sdl_);
        var started = new List<int>();
        var completed = new List<int>();
        SetResolver(schema, "Query", "slow", async ctx =>
        {
            var n = (int)ctx.Arguments["n"]!;
            lock (started) started.Add(n);
            await Task.Delay((int)ctx.Arguments["ms"]!);
            lock (completed) completed.Add(n);
            return n;
        });

        var result = await RunAsync(schema, "{ a: slow(ms: 150, n: 1) b: slow(ms: 80, n: 2) c: slow(ms: 10, n: 3) }");

        Assert.Equal(Json("{'data':{'a':1,'b':2,'c':3}}"), result);
        Assert.Equal([1, 2, 3], started);
        Assert.Equal([3, 2, 1], completed);
    }
}
