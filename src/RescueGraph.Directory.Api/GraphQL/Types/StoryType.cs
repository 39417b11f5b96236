using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Types;

internal static class StoryType
{
    public static SchemaBuilder AddStoryType(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema
        .Object<Story>("Story", t =>
        {
            t.Description("A published rescue case: what happened, who was saved, and how it ended.");
            t.NodeId(data, s => s.Id, "story");
            t.VersionField();
            t.Field("slug", s => s.Slug).Description("URL-friendly unique name; use it to look the story up.");
            t.Field("title", s => s.Title).Description("The story's title.");
            t.Field("publishedOn", s => s.PublishedOn).Description("When the story was published.");
            t.Field("summary", s => s.Summary).Description("A short summary for lists and cards.");
            t.Field("body", s => s.Body).Description("The full story.");
            t.Field("outcome", s => s.Outcome).Description("How the case ended, e.g. the highest fine ever imposed for animal abuse in Korea.");
            t.JoinedReference(data, "organization", s => s.Organization, DirectoryLoaders.OrganizationById, s => s.OrganizationId)
                .Description("The organization that published the story.");
            data.NestedConnection(t, "animals", s => s.Id, (Animal a, long storyId) => a.StoryLinks.Any(link => link.StoryId == storyId),
                    (db, _) => db.VisibleAnimals)
                .Filtering().Sorting()
                .Description("Animals the story is about (those the caller may see), newest listing first unless `order` says otherwise.");
        });
}
