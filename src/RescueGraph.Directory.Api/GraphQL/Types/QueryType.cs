using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.Directory.Api.GraphQL.Mutations;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Queries;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Types;

/// <summary>
/// Entry points: one record by its natural key (its selected to-one references joined in; aliases share a statement), cursor connections over
/// every published list (filtering, sorting and keyset paging in SQL), nearest-first connections, global object
/// identification, and the analysts' aggregates.
/// </summary>
internal static class QueryType
{
    public static SchemaBuilder AddQueryType(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema.AddCallerType().Query(q =>
    {
        q.Description("The directory's read entry points. Anonymous callers and analysts see published data only; partners also see their own organizations' unpublished animals and draft updates; administrators see everything.");

        data.Lookup(q, "organization", (db, _) => db.Organizations, o => o.Slug, Slug)
            .Argument("slug", "String!", "The organization's slug, e.g. `jindo-love-rescue`.")
            .Description("An organization by slug; null when there is none.");
        data.Connection(q, "organizations", (db, ctx) => Near.Within(db.Organizations, ctx, DistanceSearch.WithinRadius))
            .Filtering().Sorting().WithNear("organizations with a center")
            .Description("Organizations, by name unless `order` says otherwise.");

        data.Lookup(q, "center", (db, _) => db.RescueCenters, c => c.Slug, Slug)
            .Argument("slug", "String!", "The center's slug, e.g. `jindo-love-rescue-gimhae`.")
            .Description("A rescue center by slug; null when there is none.");
        data.Connection(q, "centers", (db, ctx) => Near.Within(db.RescueCenters, ctx, DistanceSearch.WithinRadius))
            .Filtering().Sorting().WithNear("centers")
            .Description("Rescue centers, by name unless `order` says otherwise.");

        data.Lookup(q, "animal", (db, _) => db.VisibleAnimals, a => a.Id, ctx => SchemaBuilderExtensions.ParseNodeKey(ctx.Argument<string>("id"), "Animal"))
            .Argument("id", "ID!", "The animal's `id`.")
            .Description("An animal by id; null when there is none or the caller may not see it (unpublished, and not a partner of its organization).");
        data.Connection(q, "animals", (db, ctx) => Near.Within(db.VisibleAnimals, ctx, DistanceSearch.WithinRadius))
            .Filtering().Sorting().WithNear("animals at a center")
            .Description("Animals the caller may see (published ones; partners also see their own organizations' unpublished ones; administrators all), newest listing first unless `order` says otherwise.");

        data.Lookup(q, "campaign", (db, _) => db.Campaigns, c => c.Slug, Slug)
            .Argument("slug", "String!", "The campaign's slug, e.g. `jeonju-florence`.")
            .Description("A campaign by slug; null when there is none.");
        data.Connection(q, "campaigns", db => db.Campaigns).Filtering().Sorting()
            .Description("Campaigns, by slug unless `order` says otherwise.");

        data.Lookup(q, "story", (db, _) => db.Stories, s => s.Slug, Slug)
            .Argument("slug", "String!", "The story's slug.")
            .Description("A rescue story by slug; null when there is none.");
        data.Connection(q, "stories", db => db.Stories).Filtering().Sorting()
            .Description("Rescue stories, newest first unless `order` says otherwise.");

        q.FieldAsync("locality", (_, ctx) =>
            {
                var country = ctx.Argument<string>("country")!;
                var name = ctx.Argument<string>("name")!;
                return FirstOrDefaultAsync(ctx, db => db.Localities.Where(l => l.Country == country && l.Name == name).OrderBy(l => l.Id));
            })
            .Type("Locality")
            .Argument("country", "String!", "ISO 3166-1 alpha-2 country code, e.g. `KR`.")
            .Argument("name", "String!", "The locality's English name, e.g. `Jeonju`.")
            .Description("A locality by country and name; null when there is none.");
        data.Connection(q, "localities", db => db.Localities).Filtering().Sorting()
            .Description("Localities, by name unless `order` says otherwise.");

        q.AddMeField();
        q.AddNearbyFields(data);
        q.AddStatisticsFields(data);
        q.AddAuditFields(data);
        data.NodeFields(q);
    });

    private static object? Slug(IResolveFieldContext context) => context.Argument<string>("slug");

    private static async ValueTask<TEntity?> FirstOrDefaultAsync<TEntity>(IResolveFieldContext context, Func<DirectoryDbContext, IQueryable<TEntity>> query) where TEntity : class
    {
        await using var db = await context.Service<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await query(db).AsNoTracking().FirstOrDefaultAsync(context.CancellationToken);
    }
}
