using RescueGraph.Directory.Api.GraphQL;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.Directory.Api.Tests.Access;

/// <summary>Every private column is in the schema only behind <c>@authorize(policy: "OrganizationStaff")</c>, and in no filter or sort input.</summary>
public sealed class PrivateFieldSchemaTests
{
    private static readonly Schema Schema = DirectorySchema.Build();

    public static TheoryData<string, string> PrivateFields => new()
    {
        { "Animal", "medicalNotes" }, { "Animal", "behaviourNotes" }, { "Animal", "adopterName" }, { "Animal", "adopterContact" },
        { "Animal", "fosterName" }, { "Animal", "fosterContact" }, { "Animal", "fosterAddress" }, { "Animal", "isPublished" },
        { "AnimalEvent", "privateDetails" }, { "Organization", "staffContactEmail" }, { "Organization", "staffContactPhone" },
        { "CampaignUpdate", "isDraft" },
    };

    [Theory, MemberData(nameof(PrivateFields))]
    public void A_private_field_is_nullable_and_printed_with_the_organization_staff_policy(string typeName, string fieldName)
    {
        var field = ((ObjectType)Schema.GetType(typeName)!).GetField(fieldName)!;
        Assert.IsNotType<NonNullType>(field.Type); // a refusal nulls the field, never its parent
        var sdl = DirectorySchema.PrintSdl(Schema);
        Assert.Contains($"  {fieldName}: {field.Type} @authorize(policy: \"OrganizationStaff\")\n", sdl.ReplaceLineEndings("\n"));
    }

    [Theory, MemberData(nameof(PrivateFields))]
    public void A_private_field_is_in_no_filter_or_sort_input(string typeName, string fieldName)
    {
        foreach (var suffix in new[] { "FilterInput", "SortInput" })
        {
            var input = Assert.IsType<InputObjectType>(Schema.GetType(typeName + suffix));
            Assert.DoesNotContain(input.Fields, f => f.Name == fieldName);
        }
    }
}
