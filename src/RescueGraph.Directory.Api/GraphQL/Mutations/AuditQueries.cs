using System.Text.Json;
using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;
using GlobalId = RescueGraph.GraphQL.Data.Nodes.NodeId;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>One changed field of an audit entry.</summary>
public sealed record AuditFieldChange(string Field, string? OldValue, string? NewValue, bool IsPrivate);

/// <summary>The audit trail's read side, for admins.</summary>
internal static class AuditQueries
{
    public static void AddAuditFields(this ObjectTypeBuilder<object> query, DataSchema<DirectoryDbContext> data)
    {
        data.Entity<AuditEntry>(e => e.Ignore(a => a.Id).Ignore(a => a.Changes).OrderByDefault(a => a.OccurredAt, descending: true));
        var connection = data.Connection(query, "auditEntries", (db, context) =>
            {
                // The role check runs before this (see @authorize below); this repeats it for callers whose admin role
                // comes from a stored grant rather than the token, and fails closed for everyone else.
                if (!context.GetDirectoryCaller().IsAdmin) return db.AuditEntries.Where(_ => false);
                var entries = db.AuditEntries.AsQueryable();
                if (context.Arguments.TryGetValue("entityId", out var raw) && raw is string id)
                {
                    if (!GlobalId.TryDecode(id, out var typeName, out _) || SchemaBuilderExtensions.ParseNodeKey(id, typeName) is not { } key)
                        return db.AuditEntries.Where(_ => false);
                    entries = entries.Where(a => a.EntityType == typeName && a.EntityId == key);
                }
                return entries;
            })
            .Filtering().Sorting()
            .Description("The audit trail: who changed what and when, newest first unless `order` says otherwise. Administrators only.");
        connection.Field
            .Argument("entityId", "ID", "Only the entries of the record with this `id` (e.g. an animal's).")
            .Authorize(roles: [DirectoryRoles.Admin]);
    }

    public static SchemaBuilder AddAuditEntryType(this SchemaBuilder schema) => schema
        .Enum<AuditAction>(description: "What an audited write did to a record.")
        .Object<AuditEntry>("AuditEntry", t =>
        {
            t.Description("One change to one record: who made it, when, and which fields changed from what to what.");
            t.Field("actor", a => a.Actor).Description("Token subject (`sub`) of whoever made the change.");
            t.Field("occurredAt", a => a.OccurredAt).Description("When the change was saved.");
            t.Field("entityType", a => a.EntityType).Description("Type of the changed record, e.g. `Animal`, `RescueCenter`, `RoleGrant`.");
            t.Field("entityId", a => a.EntityId).Description("Database key of the changed record.");
            t.Field("entity", (a, _) => a.EntityType is "RoleGrant" or "StaffMember" ? null : GlobalId.Encode(a.EntityType, a.EntityId)).Type("ID")
                .Requires<AuditEntry>(a => a.EntityType).Requires<AuditEntry>(a => a.EntityId)
                .Description("The changed record's `id`, for `node(id:)`; null for records that are not nodes.");
            t.Field("action", a => a.Action).Description("Whether the record was created, updated or deleted.");
            t.Field("changes", (a, _) => ReadChanges(a.Changes)).Type("[AuditFieldChange!]!").Requires<AuditEntry>(a => a.Changes)
                .Description("The changed fields. Values of private fields are not kept: such a change has `private: true` and no values.");
        })
        .Object<AuditFieldChange>("AuditFieldChange", t =>
        {
            t.Description("One field an audited write changed.");
            t.Field("field", c => c.Field).Description("The field, as the API names it, e.g. `status`.");
            t.Field("oldValue", c => c.OldValue).Description("The value before, as JSON text (strings unquoted); null for creates and null values.");
            t.Field("newValue", c => c.NewValue).Description("The value after, as JSON text (strings unquoted); null for deletes and null values.");
            t.Field("private", c => c.IsPrivate).Description("Whether the field is private, so its values were not recorded.");
        });

    private static AuditFieldChange[] ReadChanges(string json)
    {
        using var document = JsonDocument.Parse(json);
        var changes = new List<AuditFieldChange>();
        foreach (var field in document.RootElement.EnumerateObject())
        {
            var isPrivate = field.Value.TryGetProperty("private", out var flag) && flag.ValueKind == JsonValueKind.True;
            changes.Add(new AuditFieldChange(field.Name, Text(field.Value, "old"), Text(field.Value, "new"), isPrivate));
        }
        return [.. changes];
    }

    private static string? Text(JsonElement change, string name) =>
        !change.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
}
