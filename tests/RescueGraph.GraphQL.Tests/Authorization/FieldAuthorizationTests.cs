using System.Security.Claims;
using System.Text;
using System.Text.Json;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.Authorization;

public class FieldAuthorizationTests
{
    public sealed record Animal(string Name, string Organization, string MedicalNotes);

    public sealed record Donation(string Organization, int Amount);

    /// <summary>Counts resolver calls, so tests prove a refused field's resolver never ran.</summary>
    private sealed class Calls
    {
        private readonly Dictionary<string, int> _counts = new();
        public int this[string field] => _counts.GetValueOrDefault(field);

        public T Hit<T>(string field, T value)
        {
            lock (_counts) _counts[field] = this[field] + 1;
            return value;
        }
    }

    private static readonly Animal Bori = new("Bori", "kare", "Heartworm treatment until May.");

    private static Schema BuildSchema(Calls calls) => new SchemaBuilder()
        .AddAuthorization()
        .Query(q =>
        {
            q.Field("hello", (_, _) => calls.Hit("hello", "world"));
            q.Field("secret", (_, _) => calls.Hit("secret", (string?)"42")).Authorize();
            q.Field("staffNote", (_, _) => calls.Hit("staffNote", (string?)"feed at six")).Authorize(roles: ["staff", "admin"]);
            q.Field("adminOnly", "String!", _ => new ValueTask<object?>(calls.Hit("adminOnly", "root"))).Authorize(roles: ["admin"]);
            q.Field("animal", (_, _) => calls.Hit("animal", (Animal?)Bori));
            q.Field("donation", (_, _) => calls.Hit("donation", (Donation?)new Donation("kare", 100)));
            q.Field("unknownPolicy", (_, _) => calls.Hit("unknownPolicy", (string?)"x")).Authorize(policy: "NoSuchPolicy");
            q.Field("latestDonation", (_, _) => calls.Hit("latestDonation", (Donation?)new Donation("kare", 7)))
                .Authorize(policy: "OwnsResult", apply: ApplyPolicy.AfterResolver);
        })
        .Object<Animal>("Animal", t =>
        {
            t.Field("name", a => a.Name);
            t.Field("medicalNotes", (a, _) => calls.Hit("medicalNotes", (string?)a.MedicalNotes)).Authorize(policy: "SameOrganization");
            t.Field("requiredNotes", (a, _) => calls.Hit("requiredNotes", a.MedicalNotes)).Type("String!").Authorize(roles: ["staff"]);
        })
        .Object<Donation>("Donation", t =>
        {
            t.Authorize(roles: ["staff"]);
            t.Field("organization", d => (string?)d.Organization);
            t.Field("amount", (d, _) => calls.Hit("amount", (int?)d.Amount));
        })
        .Build();

    private static readonly AuthorizationPolicies Policies = new AuthorizationPolicies()
        .Add("SameOrganization", async context =>
        {
            await Task.Yield(); // a policy that really waits, as one reading a database would
            return context.Parent is Animal animal && animal.Organization == context.User.GetOrganization();
        })
        .Add("OwnsResult", context => new ValueTask<bool>(context.Result is Donation donation && donation.Organization == context.User.GetOrganization()));

    private static ClaimsPrincipal User(string? organization = null, params string[] roles)
    {
        var claims = new List<Claim> { new(GraphQLClaimTypes.Subject, "user-1") };
        if (organization is not null) claims.Add(new Claim(GraphQLClaimTypes.Organization, organization));
        foreach (var role in roles) claims.Add(new Claim(GraphQLClaimTypes.Role, role));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", GraphQLClaimTypes.Subject, GraphQLClaimTypes.Role));
    }

    private static async Task<JsonElement> RunAsync(Schema schema, string query, ClaimsPrincipal? user)
    {
        var state = new Dictionary<string, object?>();
        if (user is not null) state.SetAuthorizationContext(new AuthorizationContext(user, Policies));
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query, RequestState = state });
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) ExecutionResultWriter.Write(writer, result);
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        return document.RootElement.Clone();
    }

    private static string Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    private static string Path(JsonElement error) => string.Join(".", error.GetProperty("path").EnumerateArray().Select(p => p.ToString()));

    [Fact]
    public async Task An_anonymous_caller_gets_null_and_AUTH_NOT_AUTHENTICATED_and_the_resolver_never_runs()
    {
        var calls = new Calls();
        var body = await RunAsync(BuildSchema(calls), "{ hello secret }", user: null);

        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("secret").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Code(error));
        Assert.Equal("The current user is not authorized to access this resource.", error.GetProperty("message").GetString());
        Assert.Equal("secret", Path(error));
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(9, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
        Assert.Equal(0, calls["secret"]);
        Assert.Equal(1, calls["hello"]);
    }

    [Fact]
    public async Task Any_authenticated_caller_passes_a_bare_authorize()
    {
        var calls = new Calls();
        var body = await RunAsync(BuildSchema(calls), "{ secret }", User());

        Assert.False(body.TryGetProperty("errors", out _));
        Assert.Equal("42", body.GetProperty("data").GetProperty("secret").GetString());
        Assert.Equal(1, calls["secret"]);
    }

    [Fact]
    public async Task A_caller_without_any_of_the_roles_gets_AUTH_NOT_AUTHORIZED()
    {
        var calls = new Calls();
        var body = await RunAsync(BuildSchema(calls), "{ staffNote }", User("kare", "volunteer"));

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("staffNote").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Code(error));
        Assert.Equal("staffNote", Path(error));
        Assert.Equal(0, calls["staffNote"]);
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("admin")]
    public async Task A_caller_with_one_of_the_roles_gets_the_value(string role)
    {
        var calls = new Calls();
        var body = await RunAsync(BuildSchema(calls), "{ staffNote }", User("kare", role));

        Assert.False(body.TryGetProperty("errors", out _));
        Assert.Equal("feed at six", body.GetProperty("data").GetProperty("staffNote").GetString());
    }

    [Fact]
    public async Task A_refused_non_null_root_field_nulls_the_whole_data()
    {
        var calls = new Calls();
        var body = await RunAsync(BuildSchema(calls), "{ hello adminOnly }", User("kare", "staff"));

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Code(error));
        Assert.Equal("adminOnly", Path(error));
        Assert.Equal(0, calls["adminOnly"]);
    }

    [Fact]
    public async Task A_refused_non_null_nested_field_nulls_its_nullable_parent()
    {
        var calls = new Calls();
        var body = await RunAsync(BuildSchema(calls), "{ hello animal { name requiredNotes } }", user: null);

        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("animal").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Code(error));
        Assert.Equal("animal.requiredNotes", Path(error));
        Assert.Equal(0, calls["requiredNotes"]);
    }

    [Fact]
    public async Task Authorize_on_a_type_guards_each_of_its_fields()
    {
        var calls = new Calls();
        var schema = BuildSchema(calls);

        var anonymous = await RunAsync(schema, "{ donation { organization amount } }", user: null);
        var donation = anonymous.GetProperty("data").GetProperty("donation");
        Assert.Equal(JsonValueKind.Null, donation.GetProperty("organization").ValueKind);
        Assert.Equal(JsonValueKind.Null, donation.GetProperty("amount").ValueKind);
        var errors = anonymous.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(["donation.organization", "donation.amount"], errors.Select(Path));
        Assert.All(errors, error => Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Code(error)));

        var volunteer = await RunAsync(schema, "{ donation { amount } }", User("kare", "volunteer"));
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Code(volunteer.GetProperty("errors")[0]));
        Assert.Equal(0, calls["amount"]);

        var staff = await RunAsync(schema, "{ donation { organization amount } }", User("kare", "staff"));
        Assert.False(staff.TryGetProperty("errors", out _));
        Assert.Equal(100, staff.GetProperty("data").GetProperty("donation").GetProperty("amount").GetInt32());
        Assert.Equal(1, calls["amount"]);
    }

    [Fact]
    public async Task A_policy_sees_the_parent_record_and_the_callers_claims()
    {
        var calls = new Calls();
        var schema = BuildSchema(calls);

        var sameOrganization = await RunAsync(schema, "{ animal { medicalNotes } }", User("kare"));
        Assert.False(sameOrganization.TryGetProperty("errors", out _));
        Assert.Equal(Bori.MedicalNotes, sameOrganization.GetProperty("data").GetProperty("animal").GetProperty("medicalNotes").GetString());

        var otherOrganization = await RunAsync(schema, "{ animal { name medicalNotes } }", User("other-rescue"));
        var animal = otherOrganization.GetProperty("data").GetProperty("animal");
        Assert.Equal("Bori", animal.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, animal.GetProperty("medicalNotes").ValueKind);
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Code(otherOrganization.GetProperty("errors")[0]));
        Assert.Equal(1, calls["medicalNotes"]);
    }

    [Fact]
    public async Task An_unregistered_policy_refuses_with_AUTH_POLICY_NOT_FOUND()
    {
        var calls = new Calls();
        var body = await RunAsync(BuildSchema(calls), "{ unknownPolicy }", User("kare", "admin"));

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(AuthorizationErrorCodes.PolicyNotFound, Code(error));
        Assert.Equal("The `NoSuchPolicy` authorization policy does not exist.", error.GetProperty("message").GetString());
        Assert.Equal(0, calls["unknownPolicy"]);
    }

    [Fact]
    public async Task An_after_resolver_rule_judges_the_resolved_value_and_discards_it_when_refused()
    {
        var calls = new Calls();
        var schema = BuildSchema(calls);

        var owner = await RunAsync(schema, "{ latestDonation { organization } }", User("kare", "staff"));
        Assert.False(owner.TryGetProperty("errors", out _));
        Assert.Equal("kare", owner.GetProperty("data").GetProperty("latestDonation").GetProperty("organization").GetString());

        var stranger = await RunAsync(schema, "{ latestDonation { organization } }", User("other-rescue", "staff"));
        Assert.Equal(JsonValueKind.Null, stranger.GetProperty("data").GetProperty("latestDonation").ValueKind);
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Code(stranger.GetProperty("errors")[0]));
        Assert.Equal(2, calls["latestDonation"]);
    }

    [Fact]
    public async Task The_field_hook_answers_outside_execution()
    {
        var schema = BuildSchema(new Calls());
        var animal = (ObjectType)schema.GetType("Animal")!;
        var donation = (ObjectType)schema.GetType("Donation")!;

        Assert.True(FieldAuthorization.IsAuthorized(animal, animal.GetField("requiredNotes")!));
        Assert.False(FieldAuthorization.IsAuthorized(animal, animal.GetField("name")!));
        Assert.True(FieldAuthorization.IsAuthorized(donation, donation.GetField("organization")!));

        Assert.Equal(AuthorizeResult.Allowed, (await AuthorizationContext.Anonymous.AuthorizeFieldAsync(animal, animal.GetField("name")!)).Result);
        Assert.Equal(AuthorizeResult.NotAuthenticated, (await AuthorizationContext.Anonymous.AuthorizeFieldAsync(animal, animal.GetField("requiredNotes")!)).Result);
        var volunteer = new AuthorizationContext(User("kare", "volunteer"), Policies);
        Assert.Equal(AuthorizeResult.NotAllowed, (await volunteer.AuthorizeFieldAsync(donation, donation.GetField("amount")!)).Result);
        var staff = new AuthorizationContext(User("kare", "staff"), Policies);
        Assert.True((await staff.AuthorizeFieldAsync(animal, animal.GetField("requiredNotes")!)).IsAllowed);
        // Without a record at hand, a record-based policy cannot grant access.
        Assert.Equal(AuthorizeResult.NotAllowed, (await staff.AuthorizeFieldAsync(animal, animal.GetField("medicalNotes")!)).Result);
    }

    [Fact]
    public async Task The_field_hook_reads_the_current_caller_inside_a_resolver()
    {
        AuthorizeResult? seen = null;
        var schema = new SchemaBuilder()
            .AddAuthorization()
            .Query(q =>
            {
                q.FieldAsync("canSortByNotes", async (_, context) =>
                {
                    var decision = await context.AuthorizeFieldAsync((ObjectType)context.Schema.GetType("Animal")!, "requiredNotes");
                    seen = decision.Result;
                    return decision.IsAllowed;
                });
                q.Field("animal", (_, _) => (Animal?)Bori);
            })
            .Object<Animal>("Animal", t => t.Field("requiredNotes", a => a.MedicalNotes).Authorize(roles: ["staff"]))
            .Build();

        var volunteer = await RunAsync(schema, "{ canSortByNotes }", User("kare", "volunteer"));
        Assert.False(volunteer.GetProperty("data").GetProperty("canSortByNotes").GetBoolean());
        Assert.Equal(AuthorizeResult.NotAllowed, seen);
        var staff = await RunAsync(schema, "{ canSortByNotes }", User("kare", "staff"));
        Assert.True(staff.GetProperty("data").GetProperty("canSortByNotes").GetBoolean());
    }

    [Fact]
    public async Task Applying_twice_wraps_each_field_once()
    {
        var policyRuns = 0;
        var policies = new AuthorizationPolicies().Add("Counted", _ => { Interlocked.Increment(ref policyRuns); return true; });
        var schema = new SchemaBuilder()
            .AddAuthorization()
            .Query(q => q.Field("guarded", (_, _) => "ok").Authorize(policy: "Counted"))
            .Build();
        FieldAuthorization.Apply(schema);

        var state = new Dictionary<string, object?>();
        state.SetAuthorizationContext(new AuthorizationContext(User(), policies));
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ guarded }", RequestState = state });

        Assert.Null(result.Errors);
        Assert.Equal(1, policyRuns);
    }

    [Fact]
    public void A_schema_using_authorize_without_declaring_it_is_refused()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("guarded", (_, _) => "ok").Authorize())
            .Build();

        var refusal = Assert.Throws<InvalidOperationException>(() => new RequestExecutor(schema));
        Assert.Contains("AddAuthorization", refusal.Message);
    }

    [Fact]
    public async Task An_SDL_schema_with_authorize_is_enforced_by_the_request_executor()
    {
        var schema = SdlSchemaBuilder.Build("""
            enum ApplyPolicy { BEFORE_RESOLVER AFTER_RESOLVER VALIDATION }
            directive @authorize(policy: String, roles: [String!], apply: ApplyPolicy! = BEFORE_RESOLVER) repeatable on OBJECT | FIELD_DEFINITION
            type Query { open: String guarded: String @authorize(roles: "staff") }
            """);
        var root = new Dictionary<string, object?> { ["open"] = "yes", ["guarded"] = "hidden" };

        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ open guarded }", RootValue = root });

        var error = Assert.Single(result.Errors!);
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, error.Code);
        Assert.Equal(["guarded"], error.Path!);
    }

    [Fact]
    public void The_SDL_declares_authorize_and_ApplyPolicy_as_HotChocolate_prints_them_and_shows_where_they_apply()
    {
        var sdl = SchemaPrinter.Print(BuildSchema(new Calls()), new SchemaPrinterOptions { IncludeAppliedDirectives = true });

        Assert.Contains(""""
            """The authorize directive."""
            directive @authorize(
              """
              The name of the authorization policy that determines access to the annotated resource.
              """
              policy: String

              """Roles that are allowed to access the annotated resource."""
              roles: [String!]

              """
              Defines when when the authorize directive shall be applied.By default the authorize directives are applied during the validation phase.
              """
              apply: ApplyPolicy! = BEFORE_RESOLVER
            ) repeatable on OBJECT | FIELD_DEFINITION
            """".ReplaceLineEndings("\n"), sdl);
        Assert.Contains(""""
            """Defines when a policy shall be executed."""
            enum ApplyPolicy {
              """Before the resolver was executed."""
              BEFORE_RESOLVER

              """After the resolver was executed."""
              AFTER_RESOLVER

              """The policy is applied in the validation step before the execution."""
              VALIDATION
            }
            """".ReplaceLineEndings("\n"), sdl);
        Assert.Contains("  secret: String @authorize\n", sdl);
        Assert.Contains("  staffNote: String @authorize(roles: [\"staff\", \"admin\"])\n", sdl);
        Assert.Contains("  latestDonation: Donation @authorize(policy: \"OwnsResult\", apply: AFTER_RESOLVER)\n", sdl);
        Assert.Contains("type Donation @authorize(roles: [\"staff\"]) {", sdl);

        // Without applied directives the SDL is graphql-js's printSchema: definitions stay, usages go.
        var plain = SchemaPrinter.Print(BuildSchema(new Calls()));
        Assert.Contains("directive @authorize(", plain);
        Assert.DoesNotContain("@authorize(roles", plain);
    }
}
