using System.Linq.Expressions;
using System.Reflection;

namespace RescueGraph.GraphQL.Data;

/// <summary>
/// How one entity appears in filter and sort inputs. By default every property and navigation EF Core maps
/// (and whose type has an operation input) is filterable and sortable, named in camelCase as HotChocolate
/// infers them; <see cref="Ignore{TValue}"/> hides private columns (medical notes, contacts) from both.
/// </summary>
public sealed class EntityOptions<TEntity>
{
    internal string? GraphQLName { get; private set; }
    internal HashSet<string> Ignored { get; } = new(StringComparer.Ordinal);
    internal List<string> Included { get; } = [];
    internal LambdaExpression? DefaultOrder { get; private set; }
    internal bool DefaultOrderDescending { get; private set; }

    /// <summary>The GraphQL object type name (default: the CLR type name); filter/sort inputs are named after it.</summary>
    public EntityOptions<TEntity> Name(string graphQLName)
    {
        GraphQLName = graphQLName;
        return this;
    }

    /// <summary>Leaves the member out of <c>&lt;Name&gt;FilterInput</c> and <c>&lt;Name&gt;SortInput</c>.</summary>
    public EntityOptions<TEntity> Ignore<TValue>(Expression<Func<TEntity, TValue>> member)
    {
        Ignored.Add(MemberName(member));
        return this;
    }

    /// <summary>
    /// Demands that the member be filterable and sortable. The schema build fails when EF Core does not map it
    /// (a computed property cannot be translated to SQL), instead of the first request that uses it failing.
    /// </summary>
    public EntityOptions<TEntity> Include<TValue>(Expression<Func<TEntity, TValue>> member)
    {
        Included.Add(MemberName(member));
        return this;
    }

    /// <summary>The order of connections that get no <c>order</c> argument (the key is always the final tie-breaker).</summary>
    public EntityOptions<TEntity> OrderByDefault<TValue>(Expression<Func<TEntity, TValue>> key, bool descending = false)
    {
        MemberName(key);
        DefaultOrder = key;
        DefaultOrderDescending = descending;
        return this;
    }

    internal static string MemberName(LambdaExpression member) =>
        member.Body is MemberExpression { Member: PropertyInfo property } access && access.Expression == member.Parameters[0]
            ? property.Name
            : throw new ArgumentException($"Expected a property of {typeof(TEntity).Name} such as x => x.Name, got {member}.", nameof(member));
}
