using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Types;

/// <summary>
/// Entry points: one record by its natural key (batched, so aliases share a statement), or a plain list capped
/// at <see cref="ListLimits.Root"/> in a stable order, one statement each.
/// </summary>
internal static class QueryType
{
    public static SchemaBuilder AddQueryType(this SchemaBuilder schema) => schema.Query(q =>
    {
        q.Description("The directory's read entry points. Only published data is returned.");

        q.FieldAsync("organization", (_, ctx) => DirectoryLoaders.OrganizationBySlug.LoadAsync(ctx, ctx.Argument<string>("slug")!))
            .Type("Organization").Argument("slug", "String!", "The organization's slug, e.g. `jindo-love-rescue`.")
            .Description("An organization by slug; null when there is none.");
        q.FieldAsync("organizations", (_, ctx) => ListAsync(ctx, db => db.Organizations.OrderBy(o => o.Name).ThenBy(o => o.Id)))
            .Type("[Organization!]!").Description($"Organizations by name (at most {ListLimits.Root}).");

        q.FieldAsync("center", (_, ctx) => DirectoryLoaders.CenterBySlug.LoadAsync(ctx, ctx.Argument<string>("slug")!))
            .Type("RescueCenter").Argument("slug", "String!", "The center's slug, e.g. `jindo-love-rescue-gimhae`.")
            .Description("A rescue center by slug; null when there is none.");
        q.FieldAsync("centers", (_, ctx) => ListAsync(ctx, db => db.RescueCenters.OrderBy(c => c.Name).ThenBy(c => c.Id)))
            .Type("[RescueCenter!]!").Description($"Rescue centers by name (at most {ListLimits.Root}).");

        q.FieldAsync("animal", (_, ctx) => SchemaBuilderExtensions.ParseId(ctx.Argument<string>("id")) is long id
                ? DirectoryLoaders.PublishedAnimalById.LoadAsync(ctx, id)
                : default)
            .Type("Animal").Argument("id", "ID!", "The animal's `id`.")
            .Description("A published animal by id; null when there is none or it is not published.");
        q.FieldAsync("animals", (_, ctx) => ListAsync(ctx, db => db.Animals.Where(a => a.IsPublished)
                .OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id)))
            .Type("[Animal!]!").Description($"Published animals, newest listing first (at most {ListLimits.Root}).");

        q.FieldAsync("campaign", (_, ctx) => DirectoryLoaders.CampaignBySlug.LoadAsync(ctx, ctx.Argument<string>("slug")!))
            .Type("Campaign").Argument("slug", "String!", "The campaign's slug, e.g. `jeonju-florence`.")
            .Description("A campaign by slug; null when there is none.");
        q.FieldAsync("campaigns", (_, ctx) => ListAsync(ctx, db => db.Campaigns.OrderBy(c => c.Slug)))
            .Type("[Campaign!]!").Description($"Campaigns by slug (at most {ListLimits.Root}).");

        q.FieldAsync("story", (_, ctx) => DirectoryLoaders.StoryBySlug.LoadAsync(ctx, ctx.Argument<string>("slug")!))
            .Type("Story").Argument("slug", "String!", "The story's slug.")
            .Description("A rescue story by slug; null when there is none.");
        q.FieldAsync("stories", (_, ctx) => ListAsync(ctx, db => db.Stories.OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Id)))
            .Type("[Story!]!").Description($"Rescue stories, newest first (at most {ListLimits.Root}).");

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
        q.FieldAsync("localities", (_, ctx) => ListAsync(ctx, db => db.Localities.OrderBy(l => l.Country).ThenBy(l => l.Name).ThenBy(l => l.Id)))
            .Type("[Locality!]!").Description($"Localities by country and name (at most {ListLimits.Root}).");
    });

    private static async ValueTask<TEntity[]> ListAsync<TEntity>(IResolveFieldContext context, Func<DirectoryDbContext, IQueryable<TEntity>> query) where TEntity : class
    {
        await using var db = await context.Service<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await query(db).AsNoTracking().Take(ListLimits.Root).ToArrayAsync(context.CancellationToken);
    }

    private static async ValueTask<TEntity?> FirstOrDefaultAsync<TEntity>(IResolveFieldContext context, Func<DirectoryDbContext, IQueryable<TEntity>> query) where TEntity : class
    {
        await using var db = await context.Service<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await query(db).AsNoTracking().FirstOrDefaultAsync(context.CancellationToken);
    }
}
