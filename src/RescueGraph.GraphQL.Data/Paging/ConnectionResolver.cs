using Microsoft.EntityFrameworkCore;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.Data.Paging;

/// <summary>What <see cref="ConnectionField{TContext,TEntity}"/> switches on: the <c>where</c> and <c>order</c> arguments.</summary>
internal abstract class ConnectionResolverBase
{
    public bool Filtering { get; set; }
    public bool Sorting { get; set; }
}

/// <summary>
/// Resolves a connection field in one statement for the page (keyset WHERE, ORDER BY, LIMIT n+1, projected
/// SELECT) plus one COUNT only when <c>totalCount</c> is selected. Each statement gets its own DbContext,
/// so connections resolved concurrently in one request never share one.
/// </summary>
internal sealed class ConnectionResolver<TContext, TEntity>(
    DataCatalog catalog,
    Func<IResolveFieldContext, TContext> createContext,
    Func<TContext, IResolveFieldContext, IQueryable<TEntity>> source) : ConnectionResolverBase
    where TContext : DbContext
    where TEntity : class
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var request = PageRequest<TEntity>.Read(catalog, context, Filtering, Sorting);

        async Task<int> CountTotalAsync(CancellationToken cancellationToken)
        {
            var db = createContext(context);
            await using var disposeDb = db.ConfigureAwait(false);
            return await request.Filter(source(db, context).AsNoTracking()).CountAsync(cancellationToken).ConfigureAwait(false);
        }

        if (request.Selector is null) return PageRequest<TEntity>.CountOnly(CountTotalAsync);

        List<KeysetRow<TEntity>> rows;
        var db = createContext(context);
        // ConfigureAwait(false): a batch must complete its loads off any synchronization context, or their
        // continuations stop running inline and the next level splits into several statements.
        await using (db.ConfigureAwait(false))
        {
            rows = await request.Page(request.Filter(source(db, context).AsNoTracking())).Select(request.Selector)
                .ToListAsync(context.CancellationToken).ConfigureAwait(false);
        }
        return request.ToPage(rows, CountTotalAsync);
    }
}
