using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>
/// A typed error a mutation returns as data, in its payload's <c>errors</c> (HotChocolate's mutation conventions):
/// the caller can select its fields, and the request still succeeds with HTTP 200 and no top-level <c>errors</c>.
/// </summary>
public abstract class MutationError(string message)
{
    public string Message { get; } = message;
}

/// <summary>No such record, or none the caller may see (an unpublished animal of another organization is "not found" too).</summary>
public sealed class NotFoundError(string id, string message) : MutationError(message)
{
    public string Id { get; } = id;
}

/// <summary>The caller may see the record but not change it (another organization's, or an admin-only write).</summary>
public sealed class NotAuthorizedError(string message) : MutationError(message);

/// <summary>An input value the directory does not accept; <see cref="Field"/> is its path in the input (<c>name</c>, <c>toCenterId</c>).</summary>
public sealed class ValidationError(string field, string message) : MutationError(message)
{
    public string Field { get; } = field;
}

/// <summary>The record changed since the caller read it: the update carried a stale <c>version</c> and was not applied.</summary>
public sealed class ConcurrencyError(string? currentVersion, string message) : MutationError(message)
{
    public string? CurrentVersion { get; } = currentVersion;
}

/// <summary>Which typed errors a mutation can return; its error union lists exactly these.</summary>
[Flags]
public enum MutationErrorKinds
{
    NotFound = 1,
    NotAuthorized = 2,
    Validation = 4,
    Concurrency = 8,
    /// <summary>What writes to an existing record can meet.</summary>
    Update = NotFound | NotAuthorized | Validation | Concurrency,
    /// <summary>What writes that create a record under an existing one can meet.</summary>
    Create = NotFound | NotAuthorized | Validation,
}

internal static class MutationErrorTypes
{
    public const string InterfaceName = "Error";

    public static SchemaBuilder AddMutationErrorTypes(this SchemaBuilder schema) => schema
        .Interface<MutationError>(InterfaceName, t =>
        {
            t.Description("An error a mutation returns in its payload's `errors`, as data: the request itself succeeded.");
            t.Field("message", e => e.Message).Description("What went wrong, for people.");
        })
        .Object<NotFoundError>(nameof(NotFoundError), t =>
        {
            t.Description("No record has the given id, or none the caller may see.");
            t.Implements(InterfaceName);
            t.Field("message", e => e.Message).Description("What went wrong, for people.");
            t.Field("id", e => e.Id).Type("ID!").Description("The id that was not found, as given.");
        })
        .Object<NotAuthorizedError>(nameof(NotAuthorizedError), t =>
        {
            t.Description("The caller may not make this change: the record belongs to another organization, or only administrators may.");
            t.Implements(InterfaceName);
            t.Field("message", e => e.Message).Description("What went wrong, for people.");
        })
        .Object<ValidationError>(nameof(ValidationError), t =>
        {
            t.Description("An input value was refused; nothing was written.");
            t.Implements(InterfaceName);
            t.Field("message", e => e.Message).Description("What went wrong, for people.");
            t.Field("field", e => e.Field).Description("Path of the refused value in the input, e.g. `name` or `toCenterId`.");
        })
        .Object<ConcurrencyError>(nameof(ConcurrencyError), t =>
        {
            t.Description("The record changed since it was read: the update carried a stale `version` and was not applied. Read it again and retry.");
            t.Implements(InterfaceName);
            t.Field("message", e => e.Message).Description("What went wrong, for people.");
            t.Field("currentVersion", e => e.CurrentVersion).Description("The record's current version, when it still exists.");
        });

    /// <summary>The union members for <paramref name="kinds"/>, in a fixed order.</summary>
    public static string[] MemberNames(MutationErrorKinds kinds)
    {
        var names = new List<string>(4);
        if (kinds.HasFlag(MutationErrorKinds.NotFound)) names.Add(nameof(NotFoundError));
        if (kinds.HasFlag(MutationErrorKinds.NotAuthorized)) names.Add(nameof(NotAuthorizedError));
        if (kinds.HasFlag(MutationErrorKinds.Validation)) names.Add(nameof(ValidationError));
        if (kinds.HasFlag(MutationErrorKinds.Concurrency)) names.Add(nameof(ConcurrencyError));
        return [.. names];
    }
}
