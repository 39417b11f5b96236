using Microsoft.EntityFrameworkCore;
using Npgsql;
using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Writes;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>What a mutation's payload holds: its result fields in declaration order, or its typed errors.</summary>
public sealed class MutationPayload
{
    private MutationPayload(object?[] values, MutationError[]? errors)
    {
        Values = values;
        Errors = errors;
    }

    public object?[] Values { get; }

    /// <summary>Null on success, as HotChocolate's payloads have it.</summary>
    public MutationError[]? Errors { get; }

    public static MutationPayload Success(params object?[] values) => new(values, null);

    public static MutationPayload Failure(params MutationError[] errors) => new([], errors);

    public static MutationPayload Invalid(ValidationErrors errors)
    {
        var failures = errors.Failures;
        var typed = new MutationError[failures.Count];
        for (var i = 0; i < typed.Length; i++) typed[i] = new ValidationError(failures[i].Field, failures[i].Message);
        return new MutationPayload([], typed);
    }
}

/// <summary>One mutation as HotChocolate's conventions shape it, declared once: input fields, payload fields, error kinds, resolver.</summary>
internal sealed record MutationDefinition(
    string Name,
    string Description,
    Action<InputObjectTypeBuilder<object>> Input,
    (string Name, string Type, string Description)[] Results,
    MutationErrorKinds Errors,
    Func<MutationCall, Task<MutationPayload>> Resolve)
{
    /// <summary>The roles <c>@authorize</c> requires of the field: partners and admins unless the mutation is admin-only.</summary>
    public string[] Roles { get; init; } = [DirectoryRoles.Partner, DirectoryRoles.Admin];
}

/// <summary>
/// HotChocolate 14's mutation conventions from one <see cref="MutationDefinition"/>:
/// <c>name(input: NameInput!): NamePayload!</c>, <c>NamePayload { results…, errors: [NameError!] }</c> and
/// <c>union NameError = …</c> of the kinds the mutation can return. Every mutation field carries
/// <c>@authorize(roles: …)</c>, as HotChocolate's <c>[Authorize(Roles = …)]</c> on a mutation would: a caller without
/// a token gets the top-level <c>AUTH_NOT_AUTHENTICATED</c> error, one without the role (an analyst; a partner calling
/// an admin-only mutation) <c>AUTH_NOT_AUTHORIZED</c>, and <c>data: null</c> either way (the payload is non-null).
/// Whether a partner may change a given record depends on the record's organization, so that is decided in the
/// resolver and returned as data: a typed <see cref="NotAuthorizedError"/> (or <see cref="NotFoundError"/> for rows it
/// may not even see).
/// </summary>
internal static class MutationConventions
{
    public static void Add(SchemaBuilder schema, ObjectTypeBuilder<object> mutation, MutationDefinition definition)
    {
        var typeName = char.ToUpperInvariant(definition.Name[0]) + definition.Name[1..];
        var inputName = typeName + "Input";
        var payloadName = typeName + "Payload";
        var errorName = typeName + "Error";

        schema.InputObject<object>(inputName, input =>
        {
            input.Description($"The input of `{definition.Name}`.");
            definition.Input(input);
        });
        schema.Union(errorName, MutationErrorTypes.MemberNames(definition.Errors), $"The errors `{definition.Name}` can return.");
        schema.Object<MutationPayload>(payloadName, payload =>
        {
            payload.Description($"The result of `{definition.Name}`: {string.Join(" and ", Array.ConvertAll(definition.Results, r => $"`{r.Name}`"))} on success, else `errors`.");
            for (var i = 0; i < definition.Results.Length; i++)
            {
                var index = i;
                var (name, type, description) = definition.Results[i];
                payload.Field(name, (p, _) => index < p.Values.Length ? p.Values[index] : null).Type(type).Description(description);
            }
            payload.Field("errors", (p, _) => p.Errors).Type($"[{errorName}!]").Description("Why nothing was changed; null on success.");
        });

        var resolve = definition.Resolve;
        mutation.FieldAsync(definition.Name, (_, context) => RunAsync(context, resolve))
            .Type(payloadName + "!")
            .Argument("input", inputName + "!")
            .Description(definition.Description)
            .Authorize(roles: definition.Roles);
    }

    private static async ValueTask<MutationPayload> RunAsync(IResolveFieldContext context, Func<MutationCall, Task<MutationPayload>> resolve)
    {
        var caller = context.GetDirectoryCaller();
        // Past @authorize's role check; partners whose organizations resolved to nothing still write nothing.
        if (!caller.IsAdmin && caller.PartnerOrganizationIds.Length == 0)
            return MutationPayload.Failure(new NotAuthorizedError("Only partner staff and administrators can make changes."));

        var values = context.Arguments.TryGetValue("input", out var raw) && raw is IReadOnlyDictionary<string, object?> map
            ? map
            : new Dictionary<string, object?>();
        await using var call = new MutationCall(context, caller, new InputReader(values, new ValidationErrors()));
        try
        {
            return await resolve(call);
        }
        catch (DbUpdateException exception) when (UniqueViolationField(exception) is { } field)
        {
            return MutationPayload.Failure(new ValidationError(field, "Is already taken."));
        }
    }

    /// <summary>The input field behind a unique index the write ran into (slugs, photo positions).</summary>
    private static string? UniqueViolationField(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } constraint }
            ? constraint switch
            {
                "ux_animal_photos_animal_id_position" => "position",
                _ when constraint.EndsWith("_slug", StringComparison.Ordinal) => "slug",
                _ => null,
            }
            : null;
}

/// <summary>
/// One mutation call: the caller, its input, a write context (created on first use, disposed with the call) and the
/// shared steps of every write — find the record as the caller may see it, check the organization, compare versions,
/// save with the audit entry in one transaction.
/// </summary>
internal sealed class MutationCall(IResolveFieldContext context, DirectoryCaller caller, InputReader input) : IAsyncDisposable
{
    private DirectoryDbContext? _db;

    public IResolveFieldContext Context { get; } = context;
    public DirectoryCaller Caller { get; } = caller;
    public InputReader Input { get; } = input;
    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    /// <summary>A context of the request's factory, seeing what the caller may see.</summary>
    public DirectoryDbContext Db
    {
        get
        {
            if (_db is not null) return _db;
            _db = Context.Service<IDbContextFactory<DirectoryDbContext>>().CreateDbContext();
            _db.Visibility = Caller.Visibility;
            return _db;
        }
    }

    public CancellationToken CancellationToken => Context.CancellationToken;

    public bool HasErrors => Input.Errors.Any;

    public MutationPayload Invalid() => MutationPayload.Invalid(Input.Errors);

    /// <summary>Not found, with the id as the caller gave it.</summary>
    public MutationPayload NotFound(string field, string typeName) =>
        MutationPayload.Failure(new NotFoundError(Input.Raw(field) as string ?? "", $"No {typeName} has this id."));

    public static MutationPayload NotAuthorized(string what) =>
        MutationPayload.Failure(new NotAuthorizedError($"Only staff of the organization that owns the {what} can change it."));

    public static MutationPayload AdminsOnly() =>
        MutationPayload.Failure(new NotAuthorizedError("Only administrators can do this."));

    /// <summary>
    /// Loads the record <paramref name="field"/> names for change. A record the caller may not see is "not found" (so
    /// nothing leaks about unpublished rows of other organizations); one it may see but not change is "not authorized".
    /// </summary>
    public async Task<(TEntity? Entity, MutationPayload? Refusal)> FindForChangeAsync<TEntity>(string field, string typeName, string what,
        Func<DirectoryDbContext, long, Task<TEntity?>> load, Func<TEntity, long> organizationOf, Func<TEntity, bool> isPublic)
        where TEntity : class
    {
        var id = Input.Id(field, typeName, required: true);
        if (id is null) return (null, Invalid());
        var entity = await load(Db, id.Value);
        if (entity is null || (!isPublic(entity) && !Caller.IsPartnerOf(organizationOf(entity)))) return (null, NotFound(field, what));
        if (!Caller.IsPartnerOf(organizationOf(entity))) return (null, NotAuthorized(what));
        return (entity, null);
    }

    /// <summary>
    /// Sets the version the caller read as the row's original concurrency token, so the UPDATE runs
    /// <c>WHERE id = … AND xmin = …</c>; a stale version is refused at once, before anything is changed.
    /// </summary>
    public MutationPayload? CheckVersion<TEntity>(TEntity entity, uint version) where TEntity : class, IVersioned
    {
        if (entity.Version != version) return Stale(entity.Version);
        Db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        return null;
    }

    /// <summary>Saves with the audit entries; a concurrent change that won the race turns into a <see cref="ConcurrencyError"/>.</summary>
    public async Task<MutationPayload?> SaveAsync<TEntity>(TEntity versioned, long id) where TEntity : class, IVersioned
    {
        try
        {
            await Db.SaveChangesAuditedAsync(Caller.Subject!, Now, CancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = Context.Service<IDbContextFactory<DirectoryDbContext>>().CreateDbContext();
            var current = await fresh.Set<TEntity>().Where(e => EF.Property<long>(e, "Id") == id).Select(e => (uint?)e.Version)
                .FirstOrDefaultAsync(CancellationToken);
            return Stale(current);
        }
    }

    /// <summary>Saves a write that compares no version (creates, grants) with its audit entries.</summary>
    public Task SaveAuditedAsync() => Db.SaveChangesAuditedAsync(Caller.Subject!, Now, CancellationToken);

    private static MutationPayload Stale(uint? current) => MutationPayload.Failure(new ConcurrencyError(
        current?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        current is null ? "The record no longer exists." : "The record was changed by someone else since you read it; read it again and retry."));

    public async ValueTask DisposeAsync()
    {
        if (_db is not null) await _db.DisposeAsync();
    }
}
