namespace RescueGraph.Directory.Data.Entities;

// Every enum is stored as its member name in snake_case (AdoptionPending → "adoption_pending");
// see SnakeCaseEnumConverter for why text rather than PostgreSQL enum types.

public enum OrganizationKind { Rescue, Advocacy, Shelter, Training, Sponsor }

public enum Species { Dog, Cat, Horse, Cow, Deer, Bird, Rabbit, Other }

public enum AnimalSex { Unknown, Male, Female }

public enum AgeGroup { Baby, Young, Adult, Senior }

public enum AnimalSize { Small, Medium, Large, ExtraLarge }

public enum CoatLength { Hairless, Short, Medium, Long, Wire, Curly }

public enum AnimalStatus { InCare, Available, AdoptionPending, InTransit, Adopted, ReturnedToOwner, Transferred, Deceased }

/// <summary>Yes/no/unknown answer to "good with children/dogs/cats".</summary>
public enum Compatibility { Unknown, Yes, No }

public enum AnimalEventKind { Intake, Transfer, Training, Medical, Transport, Adoption, Return, Death, Outcome, Other }

/// <summary>Intake categories of the Shelter Animals Count basic data matrix.</summary>
public enum IntakeType { StrayAtLarge, RelinquishedByOwner, OwnerIntendedEuthanasia, TransferredIn, SeizedConfiscated, Other }

/// <summary>Where a seized or rescued animal came from; finer than <see cref="IntakeType"/>.</summary>
public enum IntakeSource { DogMeatFarm, Slaughterhouse, Market, AbuseCase, Hoarding, Street, PuppyMill, Other }

/// <summary>Outcome categories of the Shelter Animals Count basic data matrix.</summary>
public enum OutcomeType { Adoption, ReturnedToOwner, TransferredOut, ReturnedToField, OtherLiveOutcome, DiedInCare, LostInCare, ShelterEuthanasia }

public enum LocalityKind { City, District, County, Province, State }

public enum DogMeatFreeStatus { Unknown, NotDeclared, InProgress, Declared }

public enum CampaignKind { SisterCity, FriendshipCity, FriendshipState, Petition, CallToAction }

public enum CampaignStatus { Active, Closed, Replaced }

public enum StaffRole { Partner, Analyst, Admin }

public enum AuditAction { Create, Update, Delete }
