using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Data.Tests.Modeling;

public sealed class SnakeCaseTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("DogMeatFreeDeclaredOn", "dog_meat_free_declared_on")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("SmallUrl", "small_url")]
    [InlineData("Line2Text", "line2_text")]
    [InlineData("ExtraLarge", "extra_large")]
    public void Converts_member_names(string name, string expected) => Assert.Equal(expected, SnakeCase.From(name));

    [Theory]
    [InlineData("RescueCenter", "rescue_centers")]
    [InlineData("Story", "stories")]
    [InlineData("Locality", "localities")]
    [InlineData("AuditEntry", "audit_entries")]
    [InlineData("Partnership", "partnerships")]
    [InlineData("StaffMember", "staff_members")]
    public void Table_names_are_plural(string entity, string expected) => Assert.Equal(expected, SnakeCase.TableName(entity));

    [Fact]
    public void Enum_names_round_trip_and_unknown_names_are_rejected()
    {
        Assert.Equal("adoption_pending", EnumNames<AnimalStatus>.ToName(AnimalStatus.AdoptionPending));
        Assert.Equal(AnimalStatus.ReturnedToOwner, EnumNames<AnimalStatus>.Parse("returned_to_owner"));
        Assert.Equal("seized_confiscated", EnumNames<IntakeType>.ToName(IntakeType.SeizedConfiscated));
        var error = Assert.Throws<FormatException>(() => EnumNames<AnimalSize>.Parse("huge"));
        Assert.Contains("extra_large", error.Message);
        foreach (var status in Enum.GetValues<AnimalStatus>())
            Assert.Equal(status, EnumNames<AnimalStatus>.Parse(EnumNames<AnimalStatus>.ToName(status)));
    }

    [Fact]
    public void The_converter_maps_both_ways()
    {
        var converter = new SnakeCaseEnumConverter<CampaignKind>();
        Assert.Equal("sister_city", converter.ConvertToProvider(CampaignKind.SisterCity));
        Assert.Equal(CampaignKind.CallToAction, converter.ConvertFromProvider("call_to_action"));
    }
}
