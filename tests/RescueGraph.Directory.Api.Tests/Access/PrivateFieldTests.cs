using System.Text.Json;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Access;

/// <summary>
/// Private fields (<c>@authorize(policy: "OrganizationStaff")</c>): the value for the owning organization's partners
/// and admins; null with <c>AUTH_NOT_AUTHENTICATED</c> (anonymous) or <c>AUTH_NOT_AUTHORIZED</c> (analysts, other
/// organizations) for everyone else, with a message that says nothing about the record. Filtering or sorting on them
/// is refused for every role.
/// </summary>
public sealed class PrivateFieldTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    private const string NotAuthorizedMessage = "The current user is not authorized to access this resource.";

    [Theory]
    [InlineData("anonymous", "AUTH_NOT_AUTHENTICATED")]
    [InlineData("analyst", "AUTH_NOT_AUTHORIZED")]
    [InlineData("partnerB", "AUTH_NOT_AUTHORIZED")]
    [InlineData("partnerCampaigns", "AUTH_NOT_AUTHORIZED")]
    [InlineData("partnerA", null)]
    [InlineData("admin", null)]
    public async Task Private_fields_of_organization_A_resolve_only_for_its_partners_and_admins(string role, string? refusal)
    {
        var response = await Api.PostAsync("""
            query($id: ID!) {
              animal(id: $id) {
                name medicalNotes behaviourNotes adopterName adopterContact fosterName fosterContact fosterAddress isPublished
                events { nodes { privateDetails } }
                organization { staffContactEmail staffContactPhone }
              }
            }
            """, new { id = AccessFixture.NodeId("Animal", fixture.OpenAnimalA) }, RowVisibilityTests.TokenFor(role));

        var animal = response.GetProperty("data").GetProperty("animal");
        Assert.Equal("Open Alpha", animal.GetProperty("name").GetString());
        var events = animal.GetProperty("events").GetProperty("nodes");
        var organization = animal.GetProperty("organization");
        if (refusal is null)
        {
            Assert.False(response.TryGetProperty("errors", out _), response.ToString());
            Assert.Equal("open-alpha-medical", animal.GetProperty("medicalNotes").GetString());
            Assert.Equal("open-alpha-adopter", animal.GetProperty("adopterName").GetString());
            Assert.True(animal.GetProperty("isPublished").GetBoolean());
            Assert.Equal("open-alpha-event-private", Assert.Single(events.EnumerateArray()).GetProperty("privateDetails").GetString());
            Assert.Equal("staff-a@example.org", organization.GetProperty("staffContactEmail").GetString());
            return;
        }

        foreach (var field in new[] { "medicalNotes", "behaviourNotes", "adopterName", "adopterContact", "fosterName", "fosterContact", "fosterAddress", "isPublished" })
            Assert.Equal(JsonValueKind.Null, animal.GetProperty(field).ValueKind);
        Assert.Equal(JsonValueKind.Null, Assert.Single(events.EnumerateArray()).GetProperty("privateDetails").ValueKind);
        Assert.Equal(JsonValueKind.Null, organization.GetProperty("staffContactEmail").ValueKind);

        var errors = response.GetProperty("errors");
        Assert.Equal(11, errors.GetArrayLength()); // 8 animal fields, the event's details, 2 staff contacts
        foreach (var error in errors.EnumerateArray())
        {
            Assert.Equal(refusal, error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(NotAuthorizedMessage, error.GetProperty("message").GetString());
            Assert.DoesNotContain("Open Alpha", error.ToString());
        }
        Assert.DoesNotContain("open-alpha", response.ToString());
        Assert.DoesNotContain("staff-a@", response.ToString());
    }

    [Fact]
    public async Task A_partner_reads_its_own_organization_s_private_fields_but_not_another_s_in_the_same_query()
    {
        var response = await Api.PostAsync("""
            {
              a: organization(slug: "jindo-love-rescue") { staffContactEmail }
              b: organization(slug: "care-korea") { staffContactEmail }
            }
            """, token: RowVisibilityTests.TokenFor("partnerA"));
        var data = response.GetProperty("data");
        Assert.Equal("staff-a@example.org", data.GetProperty("a").GetProperty("staffContactEmail").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("b").GetProperty("staffContactEmail").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("[\"b\",\"staffContactEmail\"]", error.GetProperty("path").ToString().Replace(" ", ""));
    }

    [Fact]
    public async Task Private_fields_on_a_page_of_animals_are_checked_per_row()
    {
        var response = await Api.PostAsync("""
            { animals(first: 100, where: { name: { in: ["Hidden Alpha", "Hidden Bravo"] } }, order: { name: ASC }) { nodes { name medicalNotes } } }
            """, token: RowVisibilityTests.TokenFor("admin"));
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        var nodes = response.GetProperty("data").GetProperty("animals").GetProperty("nodes");
        Assert.Equal("alpha-medical", nodes[0].GetProperty("medicalNotes").GetString());
        Assert.Equal("bravo-medical", nodes[1].GetProperty("medicalNotes").GetString());
    }

    public static TheoryData<string, string> ProbesOfPrivateFields()
    {
        var data = new TheoryData<string, string>();
        string[] probes =
        [
            """{ animals(where: { medicalNotes: { contains: "a" } }) { totalCount } }""",
            """{ animals(where: { isPublished: { eq: false } }) { totalCount } }""",
            """{ animals(where: { adopterName: { eq: "x" } }) { totalCount } }""",
            """{ animals(order: { medicalNotes: ASC }) { totalCount } }""",
            """{ animals(order: { fosterAddress: DESC }) { totalCount } }""",
            """{ animalStatistics(where: { behaviourNotes: { eq: "x" } }) { count } }""",
            """{ organizations(where: { staffContactEmail: { eq: "staff-a@example.org" } }) { totalCount } }""",
            """{ organizations(order: { staffContactPhone: ASC }) { totalCount } }""",
            """{ animals { nodes { events(where: { privateDetails: { eq: "x" } }) { totalCount } } } }""",
            """{ campaigns { nodes { updates(where: { isDraft: { eq: true } }) { totalCount } } } }""",
        ];
        foreach (var role in new[] { "anonymous", "analyst", "partnerA", "admin" })
            foreach (var probe in probes)
                data.Add(role, probe);
        return data;
    }

    [Theory, MemberData(nameof(ProbesOfPrivateFields))]
    public async Task Filtering_or_sorting_on_a_private_field_is_refused_before_execution(string role, string query)
    {
        var response = await Api.PostAsync(query, token: RowVisibilityTests.TokenFor(role));
        Assert.False(response.TryGetProperty("data", out _), response.ToString());
        var error = response.GetProperty("errors")[0];
        Assert.Contains("is not defined by type", error.GetProperty("message").GetString());
    }
}
