using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Data.Seeding;

/// <summary>
/// The demo data set turned into entity objects linked by navigation properties, ready to be added to a context.
/// Slug and key references are resolved here, so a dangling reference in the data file fails before any insert.
/// </summary>
public sealed class DemoEntityGraph
{
    public required List<Organization> Organizations { get; init; }
    public required List<Locality> Localities { get; init; }
    public required List<RescueCenter> Centers { get; init; }
    public required List<Campaign> Campaigns { get; init; }
    public required List<Animal> Animals { get; init; }
    public required List<Story> Stories { get; init; }

    /// <summary>
    /// Partnerships stay unbuilt until the organizations have ids, because a partnership row is stored with
    /// the lower organization id first; see <see cref="CreatePartnerships"/>.
    /// </summary>
    public required List<PendingPartnership> PendingPartnerships { get; init; }

    public sealed record PendingPartnership(Organization Organization, Organization Partner, DemoPartnership Source);

    /// <summary>Builds the partnership rows once the organizations have been saved and have ids.</summary>
    public List<Partnership> CreatePartnerships()
    {
        var partnerships = new List<Partnership>(PendingPartnerships.Count);
        foreach (var pending in PendingPartnerships)
        {
            if (pending.Organization.Id == 0 || pending.Partner.Id == 0)
                throw new InvalidOperationException("Save the organizations before creating partnerships.");
            var (first, second) = pending.Organization.Id < pending.Partner.Id
                ? (pending.Organization, pending.Partner)
                : (pending.Partner, pending.Organization);
            partnerships.Add(new Partnership
            {
                OrganizationId = first.Id,
                PartnerId = second.Id,
                Since = pending.Source.Since,
                Description = pending.Source.Description,
            });
        }
        return partnerships;
    }

    public static DemoEntityGraph Build(DemoDataSet data)
    {
        var organizations = IndexBySlug(data.Organizations, o => o.Slug, MapOrganization, "organization");

        var localities = IndexBySlug(data.Localities, l => l.Slug, MapLocality, "locality");
        // Officials are keyed by locality and name so campaign targets and responses can link to them.
        var officials = new Dictionary<(string Locality, string Name), LocalityOfficial>();
        foreach (var source in data.Localities)
        {
            var locality = localities[source.Slug];
            if (source.Parent is not null)
                locality.Parent = Resolve(localities, source.Parent, "parent locality", source.Slug);
            foreach (var officialSource in source.Officials)
            {
                var official = new LocalityOfficial
                {
                    Name = officialSource.Name,
                    Title = officialSource.Title,
                    TermStart = officialSource.TermStart,
                    TermEnd = officialSource.TermEnd,
                };
                locality.Officials.Add(official);
                if (!officials.TryAdd((source.Slug, officialSource.Name), official))
                    throw new InvalidDataException($"Locality '{source.Slug}' lists official '{officialSource.Name}' twice.");
            }
        }

        var centers = IndexBySlug(data.Centers, c => c.Slug, source => MapCenter(source, organizations), "center");

        var campaigns = IndexBySlug(data.Campaigns, c => c.Slug, source => MapCampaign(source, organizations, localities, officials), "campaign");
        foreach (var source in data.Campaigns)
        {
            if (source.ReplacedBy is not null)
                campaigns[source.Slug].ReplacedBy = Resolve(campaigns, source.ReplacedBy, "replacement campaign", source.Slug);
        }

        var animals = IndexBySlug(data.Animals, a => a.Key, source => MapAnimal(source, organizations, centers), "animal");
        var stories = IndexBySlug(data.Stories, s => s.Slug, source => MapStory(source, organizations, animals), "story");

        var pendingPartnerships = new List<PendingPartnership>(data.Partnerships.Length);
        foreach (var source in data.Partnerships)
        {
            pendingPartnerships.Add(new PendingPartnership(
                Resolve(organizations, source.Organization, "organization", "partnership"),
                Resolve(organizations, source.Partner, "partner organization", source.Organization),
                source));
        }

        return new DemoEntityGraph
        {
            Organizations = [.. organizations.Values],
            Localities = [.. localities.Values],
            Centers = [.. centers.Values],
            Campaigns = [.. campaigns.Values],
            Animals = [.. animals.Values],
            Stories = [.. stories.Values],
            PendingPartnerships = pendingPartnerships,
        };
    }

    private static Organization MapOrganization(DemoOrganization source) => new()
    {
        Slug = source.Slug,
        Name = source.Name,
        Kind = source.Kind,
        Country = source.Country,
        WebsiteUrl = source.Website,
        FoundedYear = source.FoundedYear,
        Mission = source.Mission,
    };

    private static Locality MapLocality(DemoLocality source) => new()
    {
        Name = source.Name,
        NativeName = source.NativeName,
        Kind = source.Kind,
        Country = source.Country,
        Region = source.Region,
        DogMeatFreeStatus = source.DogMeatFree.Status,
        DogMeatFreeDeclaredOn = source.DogMeatFree.DeclaredOn,
        Latitude = source.Latitude,
        Longitude = source.Longitude,
    };

    private static RescueCenter MapCenter(DemoCenter source, Dictionary<string, Organization> organizations) => new()
    {
        Organization = Resolve(organizations, source.Organization, "organization", source.Slug),
        Slug = source.Slug,
        Name = source.Name,
        City = source.City,
        Region = source.Region,
        Country = source.Country,
        Latitude = source.Latitude,
        Longitude = source.Longitude,
        OpenedYear = source.OpenedYear,
        RenovatedYear = source.RenovatedYear,
        Capacity = source.Capacity,
        CurrentHead = source.Head,
        IsShelter = Array.IndexOf(source.Services, DemoCenterService.Shelter) >= 0,
        IsAdoptionCenter = Array.IndexOf(source.Services, DemoCenterService.AdoptionCenter) >= 0,
        OffersSocializationTraining = Array.IndexOf(source.Services, DemoCenterService.SocializationTraining) >= 0,
    };

    private static Campaign MapCampaign(
        DemoCampaign source,
        Dictionary<string, Organization> organizations,
        Dictionary<string, Locality> localities,
        Dictionary<(string Locality, string Name), LocalityOfficial> officials)
    {
        var campaign = new Campaign
        {
            Slug = source.Slug,
            Title = source.Title,
            Kind = source.Kind,
            KoreanLocality = source.KoreanLocality is null ? null : Resolve(localities, source.KoreanLocality, "Korean locality", source.Slug),
            PartnerLocality = source.PartnerLocality is null ? null : Resolve(localities, source.PartnerLocality, "partner locality", source.Slug),
            TwinnedYear = source.TwinningYear,
            Status = source.Status,
            Summary = source.Summary,
            Organization = Resolve(organizations, source.Organization, "organization", source.Slug),
            SignatureCount = source.SignatureCount ?? 0,
            SignatureGoal = source.SignatureGoal,
            PledgeAmount = source.Pledge?.Amount,
            PledgeCurrency = source.Pledge?.Currency,
            PledgePerSignatures = source.Pledge?.PerSignatures,
            PetitionTarget = source.PetitionTarget,
            StartedOn = source.StartedOn,
            EndedOn = source.EndedOn,
        };
        foreach (var target in source.Targets)
        {
            var official = FindOfficial(officials, target.Locality, target.Name);
            campaign.Targets.Add(new CampaignTarget
            {
                Official = official,
                // A linked official already carries the name; free text only when there is no official row.
                TargetName = official is null ? target.Name : null,
                Role = target.Role,
            });
        }
        foreach (var update in source.Updates)
        {
            campaign.Updates.Add(new CampaignUpdate { PostedAt = update.PostedAt, Title = update.Title, Body = update.Body });
        }
        foreach (var response in source.Responses)
        {
            campaign.Responses.Add(new OfficialResponse
            {
                Official = FindOfficial(officials, response.Locality, response.ResponderName),
                ResponderName = response.ResponderName,
                ResponderTitle = response.ResponderTitle,
                ReceivedOn = response.ReceivedOn,
                Summary = response.Summary,
                Commitment = response.Commitment,
            });
        }
        foreach (var message in source.Messages)
        {
            campaign.SuggestedMessages.Add(new SuggestedMessage
            {
                LanguageCode = message.Language,
                Recipient = message.Recipient,
                Subject = message.Subject,
                Body = message.Body,
            });
        }
        return campaign;
    }

    private static Animal MapAnimal(DemoAnimal source, Dictionary<string, Organization> organizations, Dictionary<string, RescueCenter> centers)
    {
        var center = Resolve(centers, source.Center, "center", source.Key);
        var animal = new Animal
        {
            Center = center,
            Organization = Resolve(organizations, source.Organization, "organization", source.Key),
            Name = source.Name,
            Species = source.Species,
            PrimaryBreed = source.PrimaryBreed,
            SecondaryBreed = source.SecondaryBreed,
            MixedBreed = source.MixedBreed,
            Sex = source.Sex,
            AgeGroup = source.AgeGroup,
            BirthDateEstimate = source.BirthDateEstimate,
            Size = source.Size,
            Coat = source.Coat,
            Colors = [.. source.Colors],
            Status = source.Status,
            IsPublished = source.Published,
            PublishedAt = source.PublishedAt,
            StatusChangedAt = source.StatusChangedAt,
            IntakeDate = source.IntakeDate,
            IntakeType = source.IntakeType,
            Story = source.Story,
            // Unknown in the seeds is stored as "not done": the safe default for adopters reading a listing.
            SpayedNeutered = source.SpayedNeutered ?? false,
            Vaccinated = source.Vaccinated ?? false,
            HouseTrained = source.HouseTrained ?? false,
            SpecialNeeds = source.SpecialNeeds,
            SpecialNeedsDescription = source.SpecialNeedsDescription,
            GoodWithChildren = source.GoodWithChildren,
            GoodWithDogs = source.GoodWithDogs,
            GoodWithCats = source.GoodWithCats,
        };
        foreach (var photo in source.Photos)
        {
            animal.Photos.Add(new AnimalPhoto
            {
                Position = photo.Position,
                Caption = photo.Caption,
                SmallUrl = photo.Small,
                MediumUrl = photo.Medium,
                LargeUrl = photo.Large,
                OriginalUrl = photo.Original,
                Width = photo.Width,
                Height = photo.Height,
            });
        }
        foreach (var evt in source.Events)
        {
            var fromCenter = evt.FromCenter is null ? null : Resolve(centers, evt.FromCenter, "event's from-center", source.Key);
            animal.Events.Add(new AnimalEvent
            {
                Kind = evt.Kind,
                OccurredAt = evt.OccurredAt,
                Center = fromCenter ?? center,
                IntakeType = evt.IntakeType,
                IntakeSource = evt.IntakeSource,
                OutcomeType = evt.OutcomeType,
                FromCenter = fromCenter,
                ToCenter = evt.ToCenter is null ? null : Resolve(centers, evt.ToCenter, "event's to-center", source.Key),
                Carrier = evt.Carrier,
                FlightNumber = evt.FlightNumber,
                EscortName = evt.Escort,
                DestinationCity = evt.DestinationCity,
                DestinationCountry = evt.DestinationCountry,
                Notes = evt.Notes,
            });
        }
        return animal;
    }

    private static Story MapStory(DemoStory source, Dictionary<string, Organization> organizations, Dictionary<string, Animal> animals)
    {
        var story = new Story
        {
            Slug = source.Slug,
            Title = source.Title,
            PublishedOn = source.PublishedOn,
            Summary = source.Summary,
            Body = source.Body,
            Outcome = source.Outcome,
            Organization = Resolve(organizations, source.Organization, "organization", source.Slug),
        };
        foreach (var animalKey in source.Animals)
        {
            story.Animals.Add(new StoryAnimal { Story = story, Animal = Resolve(animals, animalKey, "animal", source.Slug) });
        }
        return story;
    }

    private static LocalityOfficial? FindOfficial(
        Dictionary<(string Locality, string Name), LocalityOfficial> officials, string? locality, string name)
        => locality is not null && officials.TryGetValue((locality, name), out var official) ? official : null;

    /// <summary>Maps every record and indexes it by slug, keeping file order; duplicate slugs are an error.</summary>
    private static Dictionary<string, TEntity> IndexBySlug<TSource, TEntity>(
        TSource[] sources, Func<TSource, string> slugOf, Func<TSource, TEntity> map, string what)
    {
        var index = new Dictionary<string, TEntity>(sources.Length, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var slug = slugOf(source);
            if (!index.TryAdd(slug, map(source)))
                throw new InvalidDataException($"Demo data lists {what} '{slug}' twice.");
        }
        return index;
    }

    private static T Resolve<T>(Dictionary<string, T> index, string slug, string what, string referencedFrom)
        => index.TryGetValue(slug, out var value)
            ? value
            : throw new InvalidDataException($"Demo data: '{referencedFrom}' refers to unknown {what} '{slug}'.");
}
