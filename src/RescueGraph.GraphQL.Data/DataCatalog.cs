using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.GraphQL.Data;

/// <summary>
/// The non-generic core of a <see cref="DataSchema{TContext}"/>: the EF model, entity metadata built once,
/// and the input/object types already added to the schema builder (each exactly once, by name).
/// </summary>
internal sealed class DataCatalog(SchemaBuilder schema, IModel model, DataOptions options)
{
    private readonly Dictionary<Type, EntityInfo> _entities = new();
    private readonly Dictionary<Type, EntitySettings> _settings = new();
    private readonly HashSet<string> _registered = new(StringComparer.Ordinal);

    public SchemaBuilder Schema { get; } = schema;
    public IModel Model { get; } = model;
    public DataOptions Options { get; } = options;

    public void Configure(Type clrType, EntitySettings settings)
    {
        bool known;
        lock (_entities) known = _entities.ContainsKey(clrType);
        if (known)
            throw new InvalidOperationException($"Configure {clrType.Name} before any connection, filter or node uses it.");
        _settings[clrType] = settings;
    }

    /// <summary>The entity's metadata, built on first use; requests may reach entities the schema build never did, hence the lock.</summary>
    public EntityInfo GetEntity(Type clrType)
    {
        lock (_entities)
        {
            if (_entities.TryGetValue(clrType, out var info)) return info;
            _settings.TryGetValue(clrType, out var settings);
            info = EntityInfo.Create(Model, clrType, settings?.Name, settings?.Ignored ?? new HashSet<string>(), settings?.Included ?? [],
                settings?.DefaultOrder, settings?.DefaultOrderDescending ?? false);
            _entities[clrType] = info;
            return info;
        }
    }

    /// <summary>True the first time a type name is claimed: the caller then adds the type to the schema.</summary>
    public bool Claim(string typeName) => _registered.Add(typeName);
}

internal sealed record EntitySettings(string? Name, ISet<string> Ignored, IReadOnlyList<string> Included, LambdaExpression? DefaultOrder, bool DefaultOrderDescending);

/// <summary>Paging limits and node batch size; HotChocolate's defaults except the max page size of 100.</summary>
public sealed class DataOptions
{
    public int DefaultPageSize { get; set; } = 10;
    public int MaxPageSize { get; set; } = 100;

    /// <summary>At most this many ids per <c>nodes(ids:)</c> call (HotChocolate's <c>MaxAllowedNodeBatchSize</c>).</summary>
    public int MaxNodeBatchSize { get; set; } = 50;
}
