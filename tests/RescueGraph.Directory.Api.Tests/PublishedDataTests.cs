using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests;

/// <summary>Anonymous callers see published data only. This class owns its database and adds unpublished rows to it.</summary>
public sealed class PublishedDataTests(DirectoryApiFixture fixture) : IClassFixture<DirectoryApiFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    [Fact]
    public async Task Unpublished_animals_and_draft_updates_are_never_returned()
    {
        long hiddenAnimalId, storyId;
        await using (var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(Api.ConnectionString)))
        {
            var center = await db.RescueCenters.SingleAsync(c => c.Slug == "jindo-love-rescue-gimhae");
            var now = DateTimeOffset.UtcNow.AddYears(1); // newest of all, so a leak would top every list
            var hidden = new Animal
            {
                CenterId = center.Id, OrganizationId = center.OrganizationId, Name = "Unpublished Dog", Species = Species.Dog,
                Status = AnimalStatus.InCare, IsPublished = false, PublishedAt = now, StatusChangedAt = now,
                IntakeDate = new DateOnly(2024, 1, 1), IntakeType = IntakeType.StrayAtLarge, MedicalNotes = "private",
            };
            db.Animals.Add(hidden);
            var campaign = await db.Campaigns.SingleAsync(c => c.Slug == "jeonju-florence");
            db.CampaignUpdates.Add(new CampaignUpdate { CampaignId = campaign.Id, PostedAt = now, Title = "Draft update", Body = "not yet", IsDraft = true });
            var story = await db.Stories.OrderBy(s => s.Id).FirstAsync();
            await db.SaveChangesAsync();
            db.StoryAnimals.Add(new StoryAnimal { StoryId = story.Id, AnimalId = hidden.Id });
            await db.SaveChangesAsync();
            (hiddenAnimalId, storyId) = (hidden.Id, story.Id);
        }

        var data = await Api.QueryAsync("""
            query($id: ID!, $slug: String!) {
              animal(id: $id) { name }
              animals(first: 100) { nodes { name } }
              nodes(ids: [$id]) { id }
              center(slug: "jindo-love-rescue-gimhae") { animals(first: 100) { nodes { name } totalCount } }
              organization(slug: "jindo-love-rescue") { animals(first: 100, where: { name: { startsWith: "Unpublished" } }) { nodes { name } totalCount } }
              story(slug: $slug) { animals(first: 100) { nodes { name } } }
              campaign(slug: "jeonju-florence") { updates(first: 100) { nodes { title } totalCount } }
            }
            """, new { id = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Animal:{hiddenAnimalId}")), slug = await StorySlugAsync(storyId) });

        Assert.Equal(JsonValueKind.Null, data.GetProperty("animal").ValueKind);
        Assert.Equal(JsonValueKind.Null, Assert.Single(data.GetProperty("nodes").EnumerateArray()).ValueKind);
        Assert.DoesNotContain("Unpublished Dog", data.ToString());
        Assert.DoesNotContain("Draft update", data.ToString());
        Assert.Equal(3, data.GetProperty("campaign").GetProperty("updates").GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, data.GetProperty("campaign").GetProperty("updates").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("organization").GetProperty("animals").GetProperty("totalCount").GetInt32());
        var centerAnimals = data.GetProperty("center").GetProperty("animals");
        Assert.Equal(centerAnimals.GetProperty("nodes").GetArrayLength(), centerAnimals.GetProperty("totalCount").GetInt32());
    }

    private async Task<string> StorySlugAsync(long storyId)
    {
        await using var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(Api.ConnectionString));
        return await db.Stories.Where(s => s.Id == storyId).Select(s => s.Slug).SingleAsync();
    }
}
