using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data.Filtering;
using RescueGraph.GraphQL.Data.Nodes;
using RescueGraph.GraphQL.Data.Paging;
using RescueGraph.GraphQL.Data.Projection;
using RescueGraph.GraphQL.Data.Sorting;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data;

/// <summary>
/// HotChocolate-14-shaped data fields over one EF Core model, added to a <see cref="SchemaBuilder"/>:
/// cursor connections with keyset paging, <c>where</c> filters, <c>order</c> sorts, projection of the
/// selection into the SQL, and global object identification. Everything runs in the database.
/// <para>
/// Every statement gets its own DbContext from <c>createContext</c> (default: the request's
/// <see cref="IDbContextFactory{TContext}"/>), because fields resolved concurrently must never share one;
/// the library disposes each context after its statement.
/// </para>
/// </summary>
public sealed class DataSchema<TContext> where TContext : DbContext
{
    private readonly DataCatalog _catalog;
    private readonly Func<IResolveFieldContext, TContext> _createContext;
    private readonly Dictionary<string, INodeSource> _nodeSources = new(StringComparer.Ordinal);

    /// <param name="model">The EF model (e.g. <c>factory.CreateDbContext().Model</c>); filters and sorts are checked against it at build.</param>
    public DataSchema(SchemaBuilder schema, IModel model, Func<IResolveFieldContext, TContext>? createContext = null, DataOptions? options = null)
    {
        _catalog = new DataCatalog(schema, model, options ?? new DataOptions());
        _createContext = createContext ?? (static context => context.Service<IDbContextFactory<TContext>>().CreateDbContext());
    }

    public DataOptions Options => _catalog.Options;

    /// <summary>Names an entity and chooses its filterable/sortable members; call before any field uses the entity.</summary>
    public DataSchema<TContext> Entity<TEntity>(Action<EntityOptions<TEntity>> configure)
    {
        var options = new EntityOptions<TEntity>();
        configure(options);
        _catalog.Configure(typeof(TEntity), new EntitySettings(options.GraphQLName, options.Ignored, options.Included, options.DefaultOrder, options.DefaultOrderDescending));
        return this;
    }

    /// <summary>The GraphQL object type name of <typeparamref name="TEntity"/> (its filter and sort inputs are named after it).</summary>
    public string TypeName<TEntity>() => _catalog.GetEntity(typeof(TEntity)).GraphQLName;

    /// <summary>
    /// A cursor connection field <c>name(first, after, last, before): &lt;Type&gt;Connection</c> over the rows of
    /// <paramref name="query"/>. Chain <see cref="ConnectionField{TContext, TEntity}.Filtering"/> and
    /// <see cref="ConnectionField{TContext, TEntity}.Sorting"/> for <c>where</c> and <c>order</c>.
    /// </summary>
    public ConnectionField<TContext, TEntity> Connection<TParent, TEntity>(ObjectTypeBuilder<TParent> type, string name, Func<TContext, IQueryable<TEntity>> query)
        where TEntity : class =>
        Connection(type, name, (db, _) => query(db));

    /// <summary>A connection whose rows depend on the request (the caller's organisation, the parent object…).</summary>
    public ConnectionField<TContext, TEntity> Connection<TParent, TEntity>(ObjectTypeBuilder<TParent> type, string name,
        Func<TContext, IResolveFieldContext, IQueryable<TEntity>> query)
        where TEntity : class
    {
        var entity = _catalog.GetEntity(typeof(TEntity));
        var connectionType = ConnectionTypes.EnsureConnection(_catalog, entity.GraphQLName);
        var resolver = new ConnectionResolver<TContext, TEntity>(_catalog, _createContext, query);
        var field = AddPagingArguments(type.Field(name, connectionType, resolver.ResolveAsync));
        return new ConnectionField<TContext, TEntity>(_catalog, field, resolver);
    }

    /// <summary>
    /// A connection on a child list, e.g. <c>Organization.animals</c>, batched across parents: for all parents of one
    /// execution level, ONE statement reads every parent's page (a LATERAL subquery per parent key, so each parent reads
    /// only its first rows through its index) and, when selected, one more counts every parent's <c>totalCount</c>.
    /// Arguments, cursors, filters and sorts are those of <see cref="Connection{TParent,TEntity}(ObjectTypeBuilder{TParent},string,Func{TContext,IQueryable{TEntity}})"/>,
    /// applied per parent.
    /// </summary>
    /// <param name="parentKey">The parent's key, e.g. <c>o =&gt; o.Id</c>; projection always reads it.</param>
    /// <param name="childKey">The child's column holding the parent key, e.g. <c>a =&gt; a.OrganizationId</c>.</param>
    /// <param name="query">The rows the connection may show (e.g. published only), for every parent.</param>
    public ConnectionField<TContext, TEntity> NestedConnection<TParent, TEntity, TKey>(ObjectTypeBuilder<TParent> type, string name,
        Expression<Func<TParent, TKey>> parentKey, Expression<Func<TEntity, TKey>> childKey, Func<TContext, IQueryable<TEntity>> query)
        where TEntity : class
        where TKey : notnull
    {
        var parent = Expression.Parameter(typeof(TKey), "parent");
        var belongsTo = Expression.Lambda<Func<TEntity, TKey, bool>>(Expression.Equal(childKey.Body, parent), childKey.Parameters[0], parent);
        return NestedConnection(type, name, parentKey, belongsTo, (db, _) => query(db));
    }

    /// <summary>
    /// A batched nested connection whose rows belong to a parent by any translatable condition, e.g.
    /// <c>(c, id) =&gt; c.HomeLocalityId == id || c.PartnerLocalityId == id</c> or, through a join entity,
    /// <c>(a, id) =&gt; a.StoryLinks.Any(l =&gt; l.StoryId == id)</c>. <paramref name="query"/> may depend on the request
    /// (the caller), never on the parent: it is built once for all parents of a level.
    /// </summary>
    public ConnectionField<TContext, TEntity> NestedConnection<TParent, TEntity, TKey>(ObjectTypeBuilder<TParent> type, string name,
        Expression<Func<TParent, TKey>> parentKey, Expression<Func<TEntity, TKey, bool>> belongsTo,
        Func<TContext, IResolveFieldContext, IQueryable<TEntity>> query)
        where TEntity : class
        where TKey : notnull
    {
        var entity = _catalog.GetEntity(typeof(TEntity));
        var connectionType = ConnectionTypes.EnsureConnection(_catalog, entity.GraphQLName);
        var resolver = new NestedConnectionResolver<TContext, TParent, TEntity, TKey>(_catalog, _createContext, query, parentKey.Compile(), belongsTo,
            ParentSetKeyedBy(parentKey), parentKey, type.Name + "." + name);
        var field = AddPagingArguments(type.Field(name, connectionType, resolver.ResolveAsync))
            .Metadata(ProjectionBuilder.RequiresKey, new LambdaExpression[] { parentKey });
        return new ConnectionField<TContext, TEntity>(_catalog, field, resolver);
    }

    /// <summary><c>db =&gt; db.Set&lt;TParent&gt;()</c> when the parent is an entity whose primary key is <paramref name="parentKey"/>; else null.</summary>
    private Func<TContext, IQueryable<TParent>>? ParentSetKeyedBy<TParent, TKey>(Expression<Func<TParent, TKey>> parentKey)
    {
        if (_catalog.Model.FindEntityType(typeof(TParent))?.FindPrimaryKey()?.Properties is not [{ PropertyInfo: { } primaryKey }]
            || parentKey.Body is not MemberExpression { Member: var member } || member != primaryKey)
            return null;
        var db = Expression.Parameter(typeof(TContext), "db");
        var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(typeof(TParent));
        return Expression.Lambda<Func<TContext, IQueryable<TParent>>>(Expression.Call(db, set), db).Compile();
    }

    private static FieldBuilder AddPagingArguments(FieldBuilder field) => field
        .Argument("first", "Int", "Returns the first _n_ elements from the list.")
        .Argument("after", "String", "Returns the elements in the list that come after the specified cursor.")
        .Argument("last", "Int", "Returns the last _n_ elements from the list.")
        .Argument("before", "String", "Returns the elements in the list that come before the specified cursor.");

    /// <summary>
    /// Makes <paramref name="type"/> a <c>Node</c>: adds <c>id: ID!</c> (HotChocolate's global id of
    /// <paramref name="key"/>) and registers the batch fetch <c>node</c>/<c>nodes</c> use, over
    /// <paramref name="query"/> (default: the whole set) so unpublished rows can stay unreachable.
    /// </summary>
    public FieldBuilder Node<TEntity, TKey>(ObjectTypeBuilder<TEntity> type, Expression<Func<TEntity, TKey>> key,
        Func<TContext, IResolveFieldContext, IQueryable<TEntity>>? query = null)
        where TEntity : class
        where TKey : notnull
    {
        var typeName = type.Name;
        var readKey = key.Compile();
        _nodeSources[typeName] = new NodeSource<TContext, TEntity, TKey>(_catalog, typeName, _createContext,
            query ?? (static (db, _) => db.Set<TEntity>()), key);
        type.Implements("Node");
        return type.Field("id", "ID!", context => new ValueTask<object?>(NodeId.Encode(typeName, readKey((TEntity)context.Source!))))
            .Metadata(ProjectionBuilder.RequiresKey, new LambdaExpression[] { key });
    }

    /// <summary>
    /// The name of <c>&lt;Type&gt;FilterInput</c>, added to the schema if no connection has added it yet, for fields
    /// that filter outside a connection (aggregates, custom lists); pair it with <see cref="Where{TEntity}"/>.
    /// </summary>
    public string FilterInput<TEntity>() => FilterTypes.EnsureEntityFilter(_catalog, _catalog.GetEntity(typeof(TEntity)));

    /// <summary>
    /// <paramref name="query"/> narrowed by a coerced <c>where</c> argument of <see cref="FilterInput{TEntity}"/>
    /// (in SQL, as a connection's <c>where</c>); unchanged when <paramref name="where"/> is null or filters nothing.
    /// </summary>
    public IQueryable<TEntity> Where<TEntity>(IQueryable<TEntity> query, object? where)
    {
        if (where is not IReadOnlyDictionary<string, object?> filter) return query;
        var predicate = FilterBuilder.Build<TEntity>(_catalog, _catalog.GetEntity(typeof(TEntity)), filter);
        return predicate is null ? query : FilterBuilder.Where(query, predicate);
    }

    /// <summary>
    /// The projection (<c>e =&gt; new TEntity { Id = e.Id, Name = e.Name, … }</c>) of the <typeparamref name="TEntity"/>
    /// objects a custom field returns, from what the request selects at <paramref name="paths"/> below the field (dotted
    /// field names, e.g. <c>"edges.node"</c>, <c>"nodes"</c>; empty for the field's own selection): the columns a
    /// connection would read for the same selection, keys always included. For fields that build their own query.
    /// </summary>
    public Expression<Func<TEntity, TEntity>> Projection<TEntity>(IResolveFieldContext context, params string[] paths)
    {
        var row = Expression.Parameter(typeof(TEntity), "e");
        var selections = new List<SelectionSetNode?>();
        NamedType? entityType = null;
        foreach (var path in paths)
        {
            IEnumerable<SelectionSetNode?> sets = SelectionReader.Of(context.FieldNodes);
            var type = context.FieldDefinition.Type.GetNamedType();
            foreach (var step in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                var field = (type as ObjectType)?.GetField(step) ?? throw new ArgumentException($"{type.Name} has no field {step}.", nameof(paths));
                sets = SelectionReader.Below(context, sets, type, step);
                type = field.Type.GetNamedType();
            }
            selections.AddRange(sets);
            entityType = type;
        }
        if (entityType is not ObjectType objectType) throw new ArgumentException($"The paths must end at the object type of {typeof(TEntity).Name}.", nameof(paths));
        return ProjectionBuilder.Lambda<TEntity>(context, _catalog, objectType, selections);
    }

    /// <summary>
    /// A to-one reference field, e.g. <c>Animal.center</c> over <c>a =&gt; a.Center</c>. When the parent row comes from a
    /// projection of this library (a connection page, a nested connection, <c>node</c>/<c>nodes</c>,
    /// <see cref="Lookup{TParent,TEntity,TKey}"/>, <see cref="Projection{TEntity}"/>), the navigation is part of that
    /// projection with only the selected fields (a LEFT JOIN in the parent's statement, nested references included) and the
    /// field returns it. A parent from elsewhere (a batch loader, a mutation payload) has the navigation unset: the field
    /// then calls <paramref name="fallback"/> (e.g. a batch load by the foreign key). The GraphQL type is the target
    /// entity's, non-null when the foreign key is required.
    /// </summary>
    /// <remarks>
    /// The join reads the target table as it is: use it only for targets without row visibility rules; a reference to rows
    /// the caller may not see must stay on a loader that applies them.
    /// </remarks>
    public FieldBuilder Reference<TParent, TTarget>(ObjectTypeBuilder<TParent> type, string name, Expression<Func<TParent, TTarget?>> navigation,
        Func<TParent, IResolveFieldContext, ValueTask<TTarget?>> fallback)
        where TParent : class
        where TTarget : class
    {
        if (navigation.Body is not MemberExpression { Member: var member } || _catalog.Model.FindEntityType(typeof(TParent))?.FindNavigation(member.Name) is not
            { IsCollection: false } efNavigation)
            throw new ArgumentException($"{typeof(TParent).Name}.{name} must read a to-one navigation EF Core maps, e.g. x => x.Owner.", nameof(navigation));
        var required = efNavigation.IsOnDependent && efNavigation.ForeignKey.IsRequired;
        var sdlType = _catalog.GetEntity(typeof(TTarget)).GraphQLName + (required ? "!" : "");
        var read = navigation.Compile();
        return type.Field(name, sdlType, context =>
            {
                var parent = (TParent)context.Source!;
                if (read(parent) is { } joined) return new ValueTask<object?>(joined);
                var loading = fallback(parent, context);
                return loading.IsCompletedSuccessfully ? new ValueTask<object?>(loading.Result) : Box(loading);
            })
            .Metadata(ProjectionBuilder.NavigationKey, navigation);
    }

    /// <summary>
    /// A field returning the one row of <paramref name="query"/> whose unique <paramref name="key"/> equals
    /// <paramref name="argumentKey"/>'s value, a <typeparamref name="TKey"/> or null (e.g. <c>campaign(slug:)</c>: <c>c =&gt; c.Slug</c>,
    /// <c>ctx =&gt; ctx.Argument&lt;string&gt;("slug")</c>), projected to the selection: its columns and its selected
    /// <see cref="Reference{TParent,TTarget}"/>s in one statement. Aliases with the same selection share that statement
    /// (<c>WHERE key = ANY(@keys)</c>). Null when <paramref name="argumentKey"/> returns null (an argument that cannot
    /// match, e.g. a malformed id) or no row has the key.
    /// </summary>
    public FieldBuilder Lookup<TParent, TEntity, TKey>(ObjectTypeBuilder<TParent> type, string name,
        Func<TContext, IResolveFieldContext, IQueryable<TEntity>> query, Expression<Func<TEntity, TKey>> key, Func<IResolveFieldContext, object?> argumentKey)
        where TEntity : class
        where TKey : notnull
    {
        var typeName = _catalog.GetEntity(typeof(TEntity)).GraphQLName;
        var resolver = new LookupResolver<TContext, TEntity, TKey>(_catalog, _createContext, query, key, argumentKey, typeName, type.Name + "." + name);
        return type.Field(name, typeName, resolver.ResolveAsync);
    }

    private static async ValueTask<object?> Box<T>(ValueTask<T> pending) => await pending.ConfigureAwait(false);

    /// <summary>Adds <c>interface Node</c> and the query fields <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c>.</summary>
    public void NodeFields(ObjectTypeBuilder<object> query)
    {
        if (_catalog.Claim("Node"))
            _catalog.Schema.Interface<object>("Node", node => node
                .Description("The node interface is implemented by entities that have a global unique identifier.")
                .Field("id", "ID!", static _ => throw new InvalidOperationException("Node.id resolves on the object types.")));
        var resolvers = new NodeResolvers(_nodeSources, _catalog.Options);
        query.Field("node", "Node", resolvers.NodeAsync)
            .Description("Fetches an object given its ID.")
            .Argument("id", "ID!", "ID of the object.");
        query.Field("nodes", "[Node]!", resolvers.NodesAsync)
            .Description("Lookup nodes by a list of IDs.")
            .Argument("ids", "[ID!]!", "The list of node IDs.");
    }
}

/// <summary>A connection field being configured.</summary>
public sealed class ConnectionField<TContext, TEntity>
    where TContext : DbContext
    where TEntity : class
{
    private readonly DataCatalog _catalog;
    private readonly ConnectionResolverBase _resolver;

    internal ConnectionField(DataCatalog catalog, FieldBuilder field, ConnectionResolverBase resolver)
    {
        _catalog = catalog;
        Field = field;
        _resolver = resolver;
    }

    /// <summary>The underlying field, for descriptions, directives, metadata.</summary>
    public FieldBuilder Field { get; }

    /// <summary>Adds <c>where: &lt;Type&gt;FilterInput</c>.</summary>
    public ConnectionField<TContext, TEntity> Filtering()
    {
        if (_resolver.Filtering) return this;
        var input = FilterTypes.EnsureEntityFilter(_catalog, _catalog.GetEntity(typeof(TEntity)));
        Field.Argument("where", input);
        _resolver.Filtering = true;
        return this;
    }

    /// <summary>Adds <c>order: [&lt;Type&gt;SortInput!]</c>.</summary>
    public ConnectionField<TContext, TEntity> Sorting()
    {
        if (_resolver.Sorting) return this;
        var input = SortTranslator.EnsureSortInput(_catalog, _catalog.GetEntity(typeof(TEntity)));
        Field.Argument("order", $"[{input}!]");
        _resolver.Sorting = true;
        return this;
    }

    public ConnectionField<TContext, TEntity> Description(string description)
    {
        Field.Description(description);
        return this;
    }
}

/// <summary>Marks what a custom-resolved field reads from its parent, so projection selects those columns too.</summary>
public static class DataFieldExtensions
{
    public static FieldBuilder Requires<TEntity>(this FieldBuilder field, params Expression<Func<TEntity, object?>>[] members)
    {
        var lambdas = new LambdaExpression[members.Length];
        for (var i = 0; i < members.Length; i++) lambdas[i] = StripBoxing(members[i]);
        return field.Metadata(ProjectionBuilder.RequiresKey, lambdas);
    }

    // x => (object)x.Age is x => x.Age once the boxing is gone.
    private static LambdaExpression StripBoxing(LambdaExpression member) =>
        member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert
            ? Expression.Lambda(convert.Operand, member.Parameters)
            : member;
}
