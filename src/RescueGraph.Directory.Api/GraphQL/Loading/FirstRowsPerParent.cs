using Microsoft.EntityFrameworkCore;

namespace RescueGraph.Directory.Api.GraphQL.Loading;

/// <summary>
/// "The first N rows of each parent" in one statement: <c>unnest(parent ids) CROSS JOIN LATERAL (… ORDER BY … LIMIT N)</c>.
/// Each parent then reads only its own first rows through its index, however many rows it has (a window function
/// over the joined table, which is what EF makes of a Take inside a navigation, would rank every row of the table).
/// </summary>
internal static class FirstRowsPerParent
{
    /// <param name="table">Table of <typeparamref name="TEntity"/>; this and the other SQL fragments are constants of this assembly, never input.</param>
    /// <param name="limit">Rows per parent; sent as a parameter.</param>
    /// <param name="parentColumn">Column holding the parent key.</param>
    /// <param name="condition">Extra filter on alias <c>t</c>, e.g. <c>t.is_published</c>; <c>{2}</c>, <c>{3}</c>… are <paramref name="conditionValues"/>.</param>
    /// <param name="orderBy">Order within a parent, on alias <c>t</c>.</param>
    public static IQueryable<TEntity> Query<TEntity>(DbSet<TEntity> set, long[] parentIds, int limit, string table, string parentColumn,
        string condition, string orderBy, params object[] conditionValues) where TEntity : class
    {
        // xmin is a system column, which t.* leaves out, but the entities map it as their concurrency token.
        var sql = $"""
            SELECT page.* FROM unnest({"{0}"}) AS parent(id)
            CROSS JOIN LATERAL (
                SELECT t.xmin, t.* FROM {table} AS t
                WHERE t.{parentColumn} = parent.id AND {condition}
                ORDER BY {orderBy}
                LIMIT {"{1}"}) AS page
            """;
        var parameters = new object[2 + conditionValues.Length];
        parameters[0] = parentIds;
        parameters[1] = limit;
        conditionValues.CopyTo(parameters, 2);
        return set.FromSqlRaw(sql, parameters);
    }
}
