using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Ported from graphql-js execution/__tests__/executor-test.ts.</summary>
public class ExecutorTests
{
    [Fact]
    public async Task Executes_arbitrary_code_with_nested_objects_aliases_and_fragments()
    {
        var schema = Sdl("""
            type Query { a: String b: String pic(size: Int): String deep: Deep }
            type Deep { a: String b: String c: [String] deeper: [Deep] }
            """);
        var deep = new Dictionary<string, object?>
        {
            ["a"] = "Already Been Done",
            ["b"] = "Boring",
            ["c"] = new List<object?> { "Contrived", null, "Confusing" },
        };
        deep["deeper"] = new List<object?> { deep, null, deep };
        SetResolver(schema, "Query", "pic", ctx => Value("Pic of size: " + ctx.Arguments["size"]));
        var root = new Dictionary<string, object?> { ["a"] = "Apple", ["b"] = "Banana", ["deep"] = deep };

        var result = await ExecuteAsync(schema, """
            query ($size: Int) {
              a, b, x: a
              ...c
              pic(size: $size)
              deep { a b c deeper { a b } }
            }
            fragment c on Query { a b }
            """, root, "{\"size\":100}");

        Assert.Equal(Json("""
            {'data':{'a':'Apple','b':'Banana','x':'Apple','pic':'Pic of size: 100',
              'deep':{'a':'Already Been Done','b':'Boring','c':['Contrived',null,'Confusing'],
                'deeper':[{'a':'Already Been Done','b':'Boring'},null,{'a':'Already Been Done','b':'Boring'}]}}}
            """), result);
    }

    [Fact]
    public async Task Merges_parallel_fragments_in_first_seen_order()
    {
        var schema = Sdl("type Query { a: String b: String c: String deep: Query }");
        SetResolver(schema, "Query", "a", _ => Value("Apple"));
        SetResolver(schema, "Query", "b", _ => Value("Banana"));
        SetResolver(schema, "Query", "c", _ => Value("Cherry"));
        SetResolver(schema, "Query", "deep", ctx => Value(new Dictionary<string, object?>()));

        var result = await ExecuteAsync(schema, """
            { a, ...FragOne, ...FragTwo }
            fragment FragOne on Query { b deep { b, deeper: deep { b } } }
            fragment FragTwo on Query { c deep { c, deeper: deep { c } } }
            """);

        Assert.Equal(Json("""
            {'data':{'a':'Apple','b':'Banana','deep':{'b':'Banana','deeper':{'b':'Banana','c':'Cherry'},'c':'Cherry'},'c':'Cherry'}}
            """), result);
    }

    [Fact]
    public async Task Provides_the_resolve_context_with_everything_a_resolver_needs()
    {
        var schema = Sdl("type Query { test(x: Int): String }");
        IResolveFieldContext? seen = null;
        SetResolver(schema, "Query", "test", ctx => { seen = ctx; return Value("ok"); });
        var root = new Dictionary<string, object?> { ["marker"] = 1 };
        var document = Parser.Parse("query ($var: String) { result: test(x: 3) }");

        await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            RootValue = root,
            VariableValues = new Dictionary<string, object?> { ["var"] = "abc" },
        });

        Assert.NotNull(seen);
        Assert.Same(root, seen!.Source);
        Assert.Same(root, seen.RootValue);
        Assert.Equal("test", seen.FieldDefinition.Name);
        Assert.Equal("result", seen.ResponseKey);
        Assert.Equal(["result"], seen.Path.ToList());
        Assert.Same(schema.Query, seen.ParentType);
        Assert.Same(schema, seen.Schema);
        Assert.Same(document.Definitions[0], seen.Operation);
        Assert.Single(seen.FieldNodes);
        Assert.Equal(3, seen.Arguments["x"]);
        Assert.Equal("abc", seen.VariableValues["var"]);
        Assert.NotNull(seen.RequestState);
    }

    [Fact]
    public async Task Nulls_out_error_subtrees_with_messages_locations_and_paths()
    {
        var schema = Sdl("""
            type Query { sync: String syncError: String syncReturnError: String async: String asyncError: String
              syncReturnErrorList: [String] }
            """);
        SetResolver(schema, "Query", "sync", _ => Value("sync"));
        SetResolver(schema, "Query", "syncError", _ => throw new InvalidOperationException("Error getting syncError"));
        SetResolver(schema, "Query", "syncReturnError", _ => Value(new InvalidOperationException("Error getting syncReturnError")));
        SetResolver(schema, "Query", "syncReturnErrorList", _ => Value(new List<object?>
        {
            "sync0", new InvalidOperationException("Error getting syncReturnErrorList1"), "sync2",
        }));
        SetResolver(schema, "Query", "async", async _ => { await Task.Yield(); return "async"; });
        SetResolver(schema, "Query", "asyncError", async _ => { await Task.Yield(); throw new InvalidOperationException("Error getting asyncError"); });

        var result = await ExecuteAsync(schema, """
            {
              sync
              syncError
              syncReturnError
              syncReturnErrorList
              async
              asyncError
            }
            """);

        Assert.Equal(Json("""
            {'errors':[
              {'message':'Error getting syncError','locations':[{'line':3,'column':3}],'path':['syncError']},
              {'message':'Error getting syncReturnError','locations':[{'line':4,'column':3}],'path':['syncReturnError']},
              {'message':'Error getting syncReturnErrorList1','locations':[{'line':5,'column':3}],'path':['syncReturnErrorList',1]},
              {'message':'Error getting asyncError','locations':[{'line':7,'column':3}],'path':['asyncError']}],
             'data':{'sync':'sync','syncError':null,'syncReturnError':null,'syncReturnErrorList':['sync0',null,'sync2'],'async':'async','asyncError':null}}
            """), result);
    }

    [Fact]
    public async Task Keeps_a_GraphQLError_s_extensions_and_reports_every_merged_field_node()
    {
        var schema = Sdl("type Query { foo: String }");
        SetResolver(schema, "Query", "foo", _ => throw new GraphQLError("Nope", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }));

        var result = await ExecuteAsync(schema, "{ foo ... { foo } }");

        Assert.Equal(Json("""
            {'errors':[{'message':'Nope','locations':[{'line':1,'column':3},{'line':1,'column':13}],'path':['foo'],'extensions':{'code':'FORBIDDEN'}}],
             'data':{'foo':null}}
            """), result);
    }

    [Fact]
    public async Task Full_response_path_is_included_for_non_nullable_fields()
    {
        var schema = Sdl("""
            type Query { nullableA: A }
            type A { nullableA: A nonNullA: A! throws: A! }
            """);
        SetResolver(schema, "Query", "nullableA", _ => Value(new Dictionary<string, object?>()));
        SetResolver(schema, "A", "nullableA", _ => Value(new Dictionary<string, object?>()));
        SetResolver(schema, "A", "nonNullA", _ => Value(new Dictionary<string, object?>()));
        SetResolver(schema, "A", "throws", _ => throw new InvalidOperationException("Catch me if you can"));

        var result = await ExecuteAsync(schema, """
            query {
              nullableA {
                aliasedA: nullableA {
                  nonNullA {
                    anotherA: nonNullA {
                      throws
                    }
                  }
                }
              }
            }
            """);

        Assert.Equal(Json("""
            {'errors':[{'message':'Catch me if you can','locations':[{'line':6,'column':11}],
               'path':['nullableA','aliasedA','nonNullA','anotherA','throws']}],
             'data':{'nullableA':{'aliasedA':null}}}
            """), result);
    }

    [Fact]
    public async Task Uses_the_only_operation_or_the_named_one()
    {
        var schema = Sdl("type Query { a: String }");
        var root = Data("{'a':'b'}");
        Assert.Equal(Json("{'data':{'a':'b'}}"), await ExecuteAsync(schema, "query Example { a }", root));
        Assert.Equal(Json("{'data':{'a':'b'}}"),
            await ExecuteAsync(schema, "query Q1 { first: a } query OtherExample { a }", root, operationName: "OtherExample"));
    }

    [Theory]
    [InlineData("query Example { a } query OtherExample { a }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query Example { a }", "UnknownExample", "Unknown operation named \"UnknownExample\".")]
    [InlineData("fragment Example on Query { a }", null, "Must provide an operation.")]
    public async Task Operation_selection_errors_are_request_errors_without_data(string document, string? operationName, string message)
    {
        var schema = Sdl("type Query { a: String }");
        var result = await ExecuteAsync(schema, document, operationName: operationName);
        using var json = System.Text.Json.JsonDocument.Parse(result);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.Equal(message, json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(json.RootElement.GetProperty("errors")[0].TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task Missing_root_type_gives_null_data_and_an_error_at_the_operation()
    {
        var schema = Sdl("type Query { a: String }");
        var result = await ExecuteAsync(schema, "mutation M { a }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Schema is not configured to execute mutation operation.','locations':[{'line':1,'column':1}]}],'data':null}
            """), result);
    }

    [Fact]
    public async Task Subscriptions_are_refused_with_a_code()
    {
        var schema = Sdl("type Query { a: String } type Subscription { tick: Int }");
        var result = await ExecuteAsync(schema, "subscription { tick }");
        Assert.Contains("\"code\":\"SUBSCRIPTIONS_NOT_SUPPORTED\"", result);
        Assert.DoesNotContain("\"data\"", result);
    }

    [Fact]
    public async Task Ignores_fields_the_runtime_type_lacks_and_other_definitions()
    {
        var schema = Sdl("type Query { a: String }");
        var result = await ExecuteAsync(schema, "{ a, b } type Extra { x: Int }", Data("{'a':'b'}"));
        Assert.Equal(Json("{'data':{'a':'b'}}"), result);
    }

    [Fact]
    public async Task Typename_resolves_on_every_composite_type()
    {
        var schema = Sdl("type Query { o: O } type O { x: Int }");
        var result = await ExecuteAsync(schema, "{ __typename o { __typename x } t: __typename }", Data("{'o':{'x':1}}"));
        Assert.Equal(Json("{'data':{'__typename':'Query','o':{'__typename':'O','x':1},'t':'Query'}}"), result);
    }

    [Fact]
    public async Task Introspection_meta_fields_resolve_at_the_query_root()
    {
        var schema = Sdl("type Query { a: String }");
        var result = await ExecuteAsync(schema, "{ __type(name: \"Query\") { name kind } __schema { queryType { name } } }");
        Assert.Equal(Json("{'data':{'__type':{'name':'Query','kind':'OBJECT'},'__schema':{'queryType':{'name':'Query'}}}}"), result);
    }

    [Fact]
    public async Task Argument_errors_are_field_errors_located_at_the_field()
    {
        var schema = Sdl("type Query { f(n: Int!): String g: String }");
        SetResolver(schema, "Query", "f", _ => Value("never"));
        var result = await ExecuteAsync(schema, "{ g f }", Data("{'g':'G'}"));
        Assert.Equal(Json("""
            {'errors':[{'message':'Argument \u0022n\u0022 of required type \u0022Int!\u0022 was not provided.','locations':[{'line':1,'column':5}],'path':['f']}],
             'data':{'g':'G','f':null}}
            """), result);
    }

    [Fact]
    public async Task Default_resolver_calls_a_FieldResolver_stored_in_the_parent_map()
    {
        var schema = Sdl("type Query { greet(name: String): String }");
        FieldResolver greet = ctx => Value("Hello, " + ctx.Arguments["name"]);
        var result = await ExecuteAsync(schema, "{ greet(name: \"Ann\") }", new Dictionary<string, object?> { ["greet"] = greet });
        Assert.Equal(Json("{'data':{'greet':'Hello, Ann'}}"), result);
    }

    [Fact]
    public async Task Leaf_serialization_errors_become_field_errors()
    {
        var schema = Sdl("type Query { i: Int e: E } enum E { A }");
        var result = await ExecuteAsync(schema, "{ i e }", Data("{'i':1.5,'e':'B'}"));
        Assert.Equal(Json("""
            {'errors':[{'message':'Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':3}],'path':['i']},
              {'message':'Enum \u0022E\u0022 cannot represent value: \u0022B\u0022','locations':[{'line':1,'column':5}],'path':['e']}],
             'data':{'i':null,'e':null}}
            """), result);
    }

    [Fact]
    public async Task Cancellation_aborts_the_request()
    {
        var schema = Sdl("type Query { slow: String }");
        using var cts = new CancellationTokenSource();
        SetResolver(schema, "Query", "slow", async ctx =>
        {
            cts.Cancel();
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return "never";
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(schema, "{ slow }", cancellationToken: cts.Token));
    }

    [Fact]
    public async Task Collected_fields_are_reused_across_list_items()
    {
        var schema = Sdl("type Query { items: [Item] } type Item { id: Int tag(x: Int): Int }");
        var argumentDictionaries = new HashSet<object>(ReferenceEqualityComparer.Instance);
        SetResolver(schema, "Item", "tag", ctx => { lock (argumentDictionaries) argumentDictionaries.Add(ctx.Arguments); return Value(ctx.Arguments["x"]); });
        var result = await ExecuteAsync(schema, "{ items { id tag(x: 7) } }", Data("{'items':[{'id':1},{'id':2},{'id':3}]}"));
        Assert.Equal(Json("{'data':{'items':[{'id':1,'tag':7},{'id':2,'tag':7},{'id':3,'tag':7}]}}"), result);
        Assert.Single(argumentDictionaries);
    }

    [Fact]
    public void A_fully_synchronous_query_completes_synchronously()
    {
        var schema = Sdl("type Query { items: [Item] } type Item { id: Int name: String child: Item }");
        var pending = Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ items { id name child { id } } }"),
            RootValue = Data("{'items':[{'id':1,'name':'a','child':{'id':2}},{'id':3,'name':'b'}]}"),
        });
        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal(Json("{'data':{'items':[{'id':1,'name':'a','child':{'id':2}},{'id':3,'name':'b','child':null}]}}"), ToJson(pending.Result));
    }
}
