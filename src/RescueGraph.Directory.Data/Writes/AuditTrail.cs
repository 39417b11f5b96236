using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Data.Writes;

/// <summary>
/// Saves a unit of work together with its audit entries, in one transaction: either the change and the record of who
/// made it are both stored, or neither. Each added, modified or deleted row becomes one <see cref="AuditEntry"/> whose
/// <c>changes</c> holds the changed fields (camelCase, as the API names them) with old and new values. Values of
/// private fields (notes, adopter and foster details, staff contacts) are not copied into the trail, which outlives the
/// rows and is read by administrators only: the entry says that the field changed, <c>{"private": true}</c>, not to what.
/// </summary>
public static class AuditTrail
{
    private static readonly HashSet<(Type, string)> PrivateFields =
    [
        (typeof(Animal), nameof(Animal.BehaviourNotes)), (typeof(Animal), nameof(Animal.MedicalNotes)),
        (typeof(Animal), nameof(Animal.AdopterName)), (typeof(Animal), nameof(Animal.AdopterContact)),
        (typeof(Animal), nameof(Animal.FosterName)), (typeof(Animal), nameof(Animal.FosterContact)),
        (typeof(Animal), nameof(Animal.FosterAddress)), (typeof(AnimalEvent), nameof(AnimalEvent.PrivateDetails)),
        (typeof(Organization), nameof(Organization.StaffContactEmail)), (typeof(Organization), nameof(Organization.StaffContactPhone)),
        (typeof(StaffMember), nameof(StaffMember.Email)),
    ];

    public static bool IsPrivate(Type entityType, string propertyName) => PrivateFields.Contains((entityType, propertyName));

    /// <summary>
    /// Saves the context's pending changes and their audit entries by <paramref name="actor"/> in one transaction.
    /// A stale concurrency token surfaces as <see cref="DbUpdateConcurrencyException"/>, with nothing written.
    /// </summary>
    public static async Task SaveChangesAuditedAsync(this DirectoryDbContext db, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = Capture(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Keys of added rows exist only now; the entries are written in the same transaction.
        for (var i = 0; i < pending.Count; i++)
        {
            var (entry, action, changes) = pending[i];
            db.AuditEntries.Add(new AuditEntry
            {
                Actor = actor,
                OccurredAt = now,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = action,
                Changes = changes,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Appends an entry for a change made outside the change tracker (an atomic SQL update), in the caller's transaction.</summary>
    public static void AddEntry(DirectoryDbContext db, string actor, DateTimeOffset now, string entityType, long entityId, AuditAction action,
        IReadOnlyList<(string Field, object? Old, object? New)> changes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (field, old, @new) in changes) WriteChange(writer, field, old, @new, isPrivate: false, includeOld: action != AuditAction.Create);
            writer.WriteEndObject();
        }
        db.AuditEntries.Add(new AuditEntry
        {
            Actor = actor, OccurredAt = now, EntityType = entityType, EntityId = entityId, Action = action,
            Changes = Encoding.UTF8.GetString(buffer.ToArray()),
        });
    }

    private static List<(EntityEntry Entry, AuditAction Action, string Changes)> Capture(DirectoryDbContext db)
    {
        var pending = new List<(EntityEntry, AuditAction, string)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry) continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null) continue;
            var changes = DescribeChanges(entry, action.Value);
            if (action == AuditAction.Update && changes == "{}") continue; // set to what it already was: nothing happened
            pending.Add((entry, action.Value, changes));
        }
        return pending;
    }

    private static string DescribeChanges(EntityEntry entry, AuditAction action)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var clrType = entry.Metadata.ClrType;
            foreach (var property in entry.Properties)
            {
                var metadata = property.Metadata;
                if (metadata.IsPrimaryKey() || metadata.IsConcurrencyToken) continue;
                var original = action == AuditAction.Create ? null : property.OriginalValue;
                var current = action == AuditAction.Delete ? null : property.CurrentValue;
                if (action == AuditAction.Update && (!property.IsModified || ValuesEqual(original, current))) continue;
                if (action == AuditAction.Create && current is null) continue;
                WriteChange(writer, Camel(metadata.Name), original, current, IsPrivate(clrType, metadata.Name), includeOld: action != AuditAction.Create);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteChange(Utf8JsonWriter writer, string field, object? old, object? @new, bool isPrivate, bool includeOld)
    {
        writer.WritePropertyName(field);
        writer.WriteStartObject();
        if (isPrivate)
        {
            writer.WriteBoolean("private", true);
        }
        else
        {
            if (includeOld)
            {
                writer.WritePropertyName("old");
                WriteValue(writer, old);
            }
            writer.WritePropertyName("new");
            WriteValue(writer, @new);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            // Enums as stored (snake_case), so the trail reads like the table.
            case Enum member: writer.WriteStringValue(SnakeCase.From(member.ToString())); break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list) writer.WriteStringValue(item);
                writer.WriteEndArray();
                break;
            default: JsonSerializer.Serialize(writer, value, value.GetType()); break;
        }
    }

    /// <summary>The row's key; the trail identifies rows by one bigint, which every audited entity has.</summary>
    private static long KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties is [{ ClrType: var type } key] && type == typeof(long)
            ? (long)entry.Property(key.Name).CurrentValue!
            : throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} has no single bigint key, so its changes cannot be audited.");

    private static bool ValuesEqual(object? a, object? b) =>
        a is IEnumerable<string> left && b is IEnumerable<string> right ? left.SequenceEqual(right) : Equals(a, b);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
