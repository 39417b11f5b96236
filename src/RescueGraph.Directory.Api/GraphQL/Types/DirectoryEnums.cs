using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Types;

/// <summary>The directory's enums; values are the entity enum members in SCREAMING_SNAKE_CASE.</summary>
internal static class DirectoryEnums
{
    public static SchemaBuilder AddDirectoryEnums(this SchemaBuilder schema) => schema
        .Enum<OrganizationKind>(description: "What kind of partner an organization is.")
        .Enum<Species>(description: "An animal's species.")
        .Enum<AnimalSex>(description: "An animal's sex.")
        .Enum<AgeGroup>(description: "An animal's age group.")
        .Enum<AnimalSize>(description: "An animal's size when grown.")
        .Enum<CoatLength>(description: "Length and texture of an animal's coat.")
        .Enum<AnimalStatus>(description: "Where an animal is on its way to a home.", configure: values => values
            .Value(AnimalStatus.InCare, "In care, not yet ready for adoption.")
            .Value(AnimalStatus.Available, "Ready for adoption.")
            .Value(AnimalStatus.AdoptionPending, "An adoption is being arranged.")
            .Value(AnimalStatus.InTransit, "Travelling, e.g. on an international flight to its adopter.")
            .Value(AnimalStatus.Adopted, "Adopted.")
            .Value(AnimalStatus.ReturnedToOwner, "Returned to its owner.")
            .Value(AnimalStatus.Transferred, "Transferred to another organization.")
            .Value(AnimalStatus.Deceased, "Died."))
        .Enum<Compatibility>(description: "Whether an animal gets along with children, dogs or cats.")
        .Enum<AnimalEventKind>(description: "What happened in an entry of an animal's timeline.")
        .Enum<IntakeType>(description: "Intake categories of the Shelter Animals Count basic data matrix.")
        .Enum<IntakeSource>(description: "Where a rescued or seized animal came from.")
        .Enum<OutcomeType>(description: "Outcome categories of the Shelter Animals Count basic data matrix.")
        .Enum<LocalityKind>(description: "What kind of place a locality is.")
        .Enum<DogMeatFreeStatus>(description: "Where a Korean locality stands on ending the dog meat trade.", configure: values => values
            .Value(DogMeatFreeStatus.Unknown, "Not known to the network.")
            .Value(DogMeatFreeStatus.NotDeclared, "The locality has not declared itself \"Dog Meat Free\".")
            .Value(DogMeatFreeStatus.InProgress, "The locality has committed to becoming \"Dog Meat Free\".")
            .Value(DogMeatFreeStatus.Declared, "The locality has declared itself \"Dog Meat Free\"."))
        .Enum<CampaignKind>(description: "What kind of campaign a campaign is.")
        .Enum<CampaignStatus>(description: "A campaign's status.", configure: values => values
            .Value(CampaignStatus.Active, "Running.")
            .Value(CampaignStatus.Closed, "Over.")
            .Value(CampaignStatus.Replaced, "Superseded by the campaign in `replacedBy`."));
}
