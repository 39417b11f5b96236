using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;

namespace RescueGraph.Directory.Api.GraphQL.Access;

/// <summary>
/// Opens directory contexts for one request with its caller's <see cref="RowVisibility"/>, from whatever factory
/// (the pool) the host registered. Visibility is set on every context it hands out, so a pooled instance never
/// carries a previous caller's rights (the context also resets it on dispose).
/// </summary>
public sealed class CallerDbContextFactory(IDbContextFactory<DirectoryDbContext> pool, RowVisibility visibility) : IDbContextFactory<DirectoryDbContext>
{
    public RowVisibility Visibility { get; } = visibility;

    public DirectoryDbContext CreateDbContext()
    {
        var db = pool.CreateDbContext();
        db.Visibility = Visibility;
        return db;
    }

    public async Task<DirectoryDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        var db = await pool.CreateDbContextAsync(cancellationToken);
        db.Visibility = Visibility;
        return db;
    }
}

/// <summary>
/// A request's services as resolvers see them (<c>ctx.Service&lt;T&gt;()</c>): the host's, except that the directory's
/// context factory is the caller's <see cref="CallerDbContextFactory"/>. Done here rather than as a scoped DI
/// registration so that it wraps whichever factory ends up registered (tests replace the pool after the host's setup).
/// </summary>
internal sealed class CallerRequestServices(IServiceProvider services, IDbContextFactory<DirectoryDbContext> pool, RowVisibility visibility)
    : IServiceProvider, IKeyedServiceProvider
{
    private readonly CallerDbContextFactory _contexts = new(pool, visibility);

    public object? GetService(Type serviceType) =>
        serviceType == typeof(IDbContextFactory<DirectoryDbContext>) ? _contexts : services.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        services is IKeyedServiceProvider keyed ? keyed.GetKeyedService(serviceType, serviceKey) : null;

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        services is IKeyedServiceProvider keyed
            ? keyed.GetRequiredKeyedService(serviceType, serviceKey)
            : throw new InvalidOperationException($"No keyed service for type '{serviceType}' has been registered.");
}
