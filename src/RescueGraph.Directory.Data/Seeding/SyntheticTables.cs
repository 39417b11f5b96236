using System.Globalization;
using Npgsql;
using RescueGraph.Directory.Data.Entities;
using static RescueGraph.Directory.Data.Seeding.SyntheticVocabulary;

namespace RescueGraph.Directory.Data.Seeding;

/// <summary>One binary-COPY writer per table; each returns the number of rows written.</summary>
internal static class SyntheticTables
{
    private static readonly OrganizationKind[] OrganizationKinds = [OrganizationKind.Rescue, OrganizationKind.Rescue, OrganizationKind.Rescue, OrganizationKind.Shelter, OrganizationKind.Advocacy, OrganizationKind.Training, OrganizationKind.Sponsor];
    private static readonly string[] PartnerLanguages = ["en", "it", "fr", "de", "es", "pt", "nl"];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static ulong Organizations(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "organizations",
            "id, name, slug, kind, country, website_url, founded_year, mission, public_email, public_phone, staff_contact_email, staff_contact_phone, social_links, logo_url");
        for (long id = 1; id <= world.OrganizationCount; id++)
        {
            var random = SyntheticRandom.For(world.Seed, SyntheticWorld.OrganizationStream, id);
            var country = random.Chance(0.5) ? "KR" : random.Pick(PlacesAbroad).Country;
            var slug = Invariant($"org-{id}");
            writer.StartRow();
            writer.Bigint(id);
            writer.Text(Invariant($"{random.Pick(OrganizationWords)} {random.Pick(OrganizationWords)} {id}"));
            writer.Text(slug);
            writer.Enum(id == 1 ? OrganizationKind.Rescue : random.Pick(OrganizationKinds));
            writer.Text(country);
            writer.Text(Invariant($"https://{slug}.example.org"));
            writer.Smallint(1990 + random.Next(34));
            writer.Text("We rescue, rehabilitate and rehome animals and campaign to end the dog and cat meat trade.");
            writer.Text(Invariant($"hello@{slug}.example.org"));
            writer.Text(null);
            writer.Text(Invariant($"staff@{slug}.example.org"));
            writer.Text(Invariant($"+82-10-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}"));
            writer.TextArray([Invariant($"https://instagram.com/{slug}")]);
            writer.Text(Invariant($"https://img.rescuegraph.example/org/{id}/logo.png"));
        }
        return writer.Complete();
    }

    public static ulong Partnerships(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "partnerships", "id, organization_id, partner_id, since, description");
        long id = 0;
        // One partnership per organization in the first half; the pair is stored lower id first.
        for (long organization = 1; organization <= world.OrganizationCount / 2; organization++)
        {
            var random = SyntheticRandom.For(world.Seed, SyntheticWorld.OrganizationStream, -organization);
            writer.StartRow();
            writer.Bigint(++id);
            writer.Bigint(organization);
            writer.Bigint(organization + 1 + random.Next(world.OrganizationCount - (int)organization));
            writer.Date(DateOnly.FromDateTime(SyntheticWorld.Epoch).AddDays(random.Next(3000)));
            writer.Text("Joint transports and adoption events.");
        }
        return writer.Complete();
    }

    public static ulong Centers(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "rescue_centers",
            "id, organization_id, name, slug, city, region, country, latitude, longitude, opened_year, renovated_year, capacity, current_head, is_shelter, is_adoption_center, offers_socialization_training");
        for (var index = 0; index < world.CenterCount; index++)
        {
            var random = SyntheticRandom.For(world.Seed, SyntheticWorld.CenterStream, -1 - index);
            var place = world.CenterPlace[index];
            var opened = 1995 + random.Next(28);
            var isShelter = random.Chance(0.7);
            writer.StartRow();
            writer.Bigint(index + 1);
            writer.Bigint(world.CenterOrganization[index]);
            writer.Text(Invariant($"{place.City} {(isShelter ? "Shelter" : "Adoption Center")} {index + 1}"));
            writer.Text(Invariant($"center-{index + 1}"));
            writer.Text(place.City);
            writer.Text(place.Region);
            writer.Text(place.Country);
            writer.Double(world.CenterLatitude[index]);
            writer.Double(world.CenterLongitude[index]);
            writer.Smallint(opened);
            writer.Smallint(random.Chance(0.3) ? opened + 1 + random.Next(2025 - opened) : null);
            writer.Integer(20 + random.Next(300));
            writer.Text(random.Pick(VolunteerNames));
            writer.Boolean(isShelter);
            writer.Boolean(!isShelter || random.Chance(0.5));
            writer.Boolean(random.Chance(0.2));
        }
        return writer.Complete();
    }

    public static ulong Localities(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "localities",
            "id, name, native_name, kind, country, region, parent_id, dog_meat_free_status, dog_meat_free_declared_on, latitude, longitude");
        for (long id = 1; id <= world.LocalityCount; id++)
        {
            var random = SyntheticRandom.For(world.Seed, SyntheticWorld.LocalityStream, id);
            var isKorean = id <= world.KoreanLocalityCount;
            var cityIndex = (int)((id - 1) % KoreanPlaces.Length);
            var isDistrict = isKorean && id > KoreanPlaces.Length;
            var place = isKorean ? KoreanPlaces[cityIndex] : random.Pick(PlacesAbroad);
            var status = !isKorean ? DogMeatFreeStatus.Unknown
                : random.NextDouble() switch { < 0.2 => DogMeatFreeStatus.Declared, < 0.3 => DogMeatFreeStatus.InProgress, _ => DogMeatFreeStatus.NotDeclared };
            writer.StartRow();
            writer.Bigint(id);
            writer.Text(isDistrict ? Invariant($"{place.City} District {id}") : place.City);
            writer.Text(isDistrict ? null : place.NativeName);
            writer.Enum(isDistrict ? LocalityKind.District : LocalityKind.City);
            writer.Text(place.Country);
            writer.Text(place.Region);
            writer.Bigint(isDistrict ? cityIndex + 1 : null);
            writer.Enum(status);
            writer.Date(status == DogMeatFreeStatus.Declared ? new DateOnly(2016, 1, 1).AddDays(random.Next(3000)) : null);
            writer.Double(place.Latitude);
            writer.Double(place.Longitude);
        }
        return writer.Complete();
    }

    /// <summary>One mayor per Korean locality; the official's id equals the locality's.</summary>
    public static ulong Officials(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "locality_officials", "id, locality_id, name, title, term_start, term_end");
        for (long id = 1; id <= world.KoreanLocalityCount; id++)
        {
            var random = SyntheticRandom.For(world.Seed, SyntheticWorld.LocalityStream, -id);
            writer.StartRow();
            writer.Bigint(id);
            writer.Bigint(id);
            writer.Text(random.Pick(OfficialNames));
            writer.Text("Mayor");
            writer.Date(new DateOnly(2022, 7, 1));
            writer.Date(new DateOnly(2026, 6, 30));
        }
        return writer.Complete();
    }

    public static ulong Campaigns(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "campaigns",
            "id, slug, title, kind, korean_locality_id, partner_locality_id, twinned_year, status, replaced_by_campaign_id, summary, organization_id, signature_count, signature_goal, pledge_amount, pledge_currency, pledge_per_signatures, petition_target, started_on, ended_on");
        var organizationPicker = WeightedIndex.Zipf(world.OrganizationCount, 1.2);
        for (long id = 1; id <= world.CampaignCount; id++)
        {
            var random = SyntheticRandom.For(world.Seed, SyntheticWorld.CampaignStream, id);
            var korean = 1 + random.Next(world.KoreanLocalityCount);
            var partner = world.KoreanLocalityCount + id;
            var kind = random.NextDouble() switch { < 0.55 => CampaignKind.SisterCity, < 0.7 => CampaignKind.FriendshipCity, < 0.75 => CampaignKind.FriendshipState, < 0.9 => CampaignKind.Petition, _ => CampaignKind.CallToAction };
            var status = id < world.CampaignCount && random.Chance(0.05) ? CampaignStatus.Replaced : random.Chance(0.7) ? CampaignStatus.Active : CampaignStatus.Closed;
            var started = new DateOnly(2016, 1, 1).AddDays(random.Next(3200));
            var hasPledge = random.Chance(0.2);
            writer.StartRow();
            writer.Bigint(id);
            writer.Text(Invariant($"campaign-{id}"));
            writer.Text(Invariant($"End the dog meat trade in locality {korean} (campaign {id})"));
            writer.Enum(kind);
            writer.Bigint(korean);
            writer.Bigint(kind is CampaignKind.Petition or CampaignKind.CallToAction ? null : partner);
            writer.Smallint(kind is CampaignKind.Petition or CampaignKind.CallToAction ? null : 1970 + random.Next(50));
            writer.Enum(status);
            writer.Bigint(status == CampaignStatus.Replaced ? id + 1 : null);
            writer.Text("Ask the mayor to close the remaining dog meat farms and markets and to declare the city Dog Meat Free.");
            writer.Bigint(organizationPicker.Sample(ref random) + 1);
            writer.Integer(random.Next(250_000));
            writer.Integer(random.Chance(0.5) ? 100_000 : null);
            writer.Numeric(hasPledge ? 1000m : null);
            writer.Text(hasPledge ? "USD" : null);
            writer.Integer(hasPledge ? 10_000 : null);
            writer.Text(kind == CampaignKind.Petition ? "The Mayor and City Council" : null);
            writer.Date(started);
            writer.Date(status == CampaignStatus.Active ? null : started.AddDays(30 + random.Next(900)));
        }
        return writer.Complete();
    }

    /// <summary>Targets, updates, responses and suggested messages of every campaign.</summary>
    public static ulong CampaignChildren(NpgsqlConnection connection, SyntheticWorld world)
    {
        ulong rows = 0;
        using (var writer = SyntheticCopy.Begin(connection, "campaign_targets", "id, campaign_id, official_id, target_name, role"))
        {
            long id = 0;
            for (long campaign = 1; campaign <= world.CampaignCount; campaign++)
            {
                var random = SyntheticRandom.For(world.Seed, SyntheticWorld.CampaignStream, campaign);
                var korean = 1 + random.Next(world.KoreanLocalityCount); // same first draw as Campaigns(): the campaign's city
                writer.StartRow();
                writer.Bigint(++id);
                writer.Bigint(campaign);
                writer.Bigint(korean);
                writer.Text(null);
                writer.Text("Mayor");
                if (campaign % 3 == 0)
                {
                    writer.StartRow();
                    writer.Bigint(++id);
                    writer.Bigint(campaign);
                    writer.Bigint(null);
                    writer.Text("City Council");
                    writer.Text("Legislature");
                }
            }
            rows += writer.Complete();
        }
        using (var writer = SyntheticCopy.Begin(connection, "campaign_updates", "id, campaign_id, posted_at, title, body, is_draft"))
        {
            long id = 0;
            for (long campaign = 1; campaign <= world.CampaignCount; campaign++)
            {
                var random = SyntheticRandom.For(world.Seed, SyntheticWorld.CampaignStream, -campaign);
                var count = random.Next(4);
                for (var update = 0; update < count; update++)
                {
                    writer.StartRow();
                    writer.Bigint(++id);
                    writer.Bigint(campaign);
                    writer.Timestamp(SyntheticWorld.Epoch.AddDays(random.Next(3800)));
                    writer.Text(Invariant($"Update {update + 1}"));
                    writer.Text("We delivered the signatures to city hall and are awaiting a response.");
                    writer.Boolean(update == count - 1 && random.Chance(0.1));
                }
            }
            rows += writer.Complete();
        }
        using (var writer = SyntheticCopy.Begin(connection, "official_responses",
            "id, campaign_id, official_id, responder_name, responder_title, received_on, summary, commitment"))
        {
            long id = 0;
            for (long campaign = 3; campaign <= world.CampaignCount; campaign += 3)
            {
                var random = SyntheticRandom.For(world.Seed, SyntheticWorld.CampaignStream, campaign);
                var korean = 1 + random.Next(world.KoreanLocalityCount);
                writer.StartRow();
                writer.Bigint(++id);
                writer.Bigint(campaign);
                writer.Bigint(korean);
                writer.Text(OfficialNames[(int)(campaign % OfficialNames.Length)]);
                writer.Text("Mayor");
                writer.Date(new DateOnly(2018, 1, 1).AddDays((int)(campaign * 7 % 2500)));
                writer.Text("The city acknowledged the petition.");
                writer.Text(campaign % 2 == 0 ? "Will review the closure of remaining farms." : null);
            }
            rows += writer.Complete();
        }
        using (var writer = SyntheticCopy.Begin(connection, "suggested_messages", "id, campaign_id, language_code, recipient, subject, body"))
        {
            long id = 0;
            for (long campaign = 1; campaign <= world.CampaignCount; campaign++)
            {
                var language = PartnerLanguages[(int)(campaign % PartnerLanguages.Length)];
                WriteMessage(writer, ++id, campaign, "en");
                if (language != "en") WriteMessage(writer, ++id, campaign, language);
            }
            rows += writer.Complete();
        }
        return rows;

        static void WriteMessage(NpgsqlBinaryImporter writer, long id, long campaign, string language)
        {
            writer.StartRow();
            writer.Bigint(id);
            writer.Bigint(campaign);
            writer.Text(language);
            writer.Text("The Mayor");
            writer.Text(language == "en" ? "Please end the dog meat trade" : Invariant($"[{language}] Please end the dog meat trade"));
            writer.Text("As a resident of your sister city, I ask you to close the dog meat farms and markets.");
        }
    }

    public static ulong Animals(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "animals",
            "id, center_id, organization_id, name, species, primary_breed, secondary_breed, mixed_breed, sex, age_group, birth_date_estimate, size, coat, colors, status, is_published, published_at, status_changed_at, intake_date, intake_type, story, spayed_neutered, vaccinated, house_trained, special_needs, special_needs_description, good_with_children, good_with_dogs, good_with_cats, behaviour_notes, medical_notes, adopter_name, adopter_contact, foster_name, foster_contact, foster_address");
        for (long id = 1; id <= world.AnimalCount; id++)
        {
            var core = world.Core(id);
            var random = SyntheticRandom.For(world.Seed, SyntheticWorld.AnimalStream, -id);
            var breeds = BreedsOf(core.Species);
            var mixed = random.Chance(0.45);
            var name = random.Pick(AnimalNames);
            var ageGroup = (AgeGroup)random.Next(4);
            var published = core.Status is AnimalStatus.Available or AnimalStatus.AdoptionPending or AnimalStatus.InTransit
                || (core.Status == AnimalStatus.Adopted && random.Chance(0.5));
            var specialNeeds = random.Chance(0.08);
            var adopted = core.Status == AnimalStatus.Adopted;
            var fostered = core.Status == AnimalStatus.InCare && random.Chance(0.3);

            writer.StartRow();
            writer.Bigint(id);
            writer.Bigint(core.CenterIndex + 1);
            writer.Bigint(world.CenterOrganization[core.CenterIndex]);
            writer.Text(name);
            writer.Enum(core.Species);
            writer.Text(random.Pick(breeds));
            writer.Text(mixed ? random.Pick(breeds) : null);
            writer.Boolean(mixed);
            writer.Enum((AnimalSex)random.Next(3));
            writer.Enum(ageGroup);
            writer.Date(DateOnly.FromDateTime(core.IntakeAt).AddDays(-(30 + random.Next(365 * (1 + 3 * (int)ageGroup)))));
            writer.Enum(core.Species is Species.Dog or Species.Cat or Species.Rabbit ? (AnimalSize)random.Next(4) : (AnimalSize?)null);
            writer.Enum((CoatLength)random.Next(6));
            writer.TextArray(random.Pick(ColorSets));
            writer.Enum(core.Status);
            writer.Boolean(published);
            writer.Timestamp(published ? core.IntakeAt.AddDays(3 + random.Next(20)) : null);
            writer.Timestamp(core.StatusChangedAt);
            writer.Date(DateOnly.FromDateTime(core.IntakeAt));
            writer.Enum(core.IntakeType);
            writer.Text(Invariant($"{name} {random.Pick(RescueOrigins)} and {random.Pick(Personalities)}."));
            writer.Boolean(random.Chance(0.8));
            writer.Boolean(random.Chance(0.9));
            writer.Boolean(random.Chance(0.5));
            writer.Boolean(specialNeeds);
            writer.Text(specialNeeds ? "Needs daily medication." : null);
            writer.Enum((Compatibility)random.Next(3));
            writer.Enum((Compatibility)random.Next(3));
            writer.Enum((Compatibility)random.Next(3));
            writer.Text(random.Chance(0.3) ? "Nervous around loud noises." : null);
            writer.Text(random.Chance(0.4) ? "Heartworm negative; dental cleaning done." : null);
            writer.Text(adopted ? random.Pick(VolunteerNames) : null);
            writer.Text(adopted ? Invariant($"adopter{id}@example.com") : null);
            writer.Text(fostered ? random.Pick(VolunteerNames) : null);
            writer.Text(fostered ? Invariant($"foster{id}@example.com") : null);
            writer.Text(fostered ? Invariant($"{1 + random.Next(400)} Example Street") : null);
        }
        return writer.Complete();
    }

    public static ulong Photos(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "animal_photos",
            "id, animal_id, position, caption, small_url, medium_url, large_url, original_url, width, height");
        long id = 0;
        for (long animal = 1; animal <= world.AnimalCount; animal++)
        {
            var photoCount = world.Core(animal).PhotoCount;
            for (var position = 0; position < photoCount; position++)
            {
                var prefix = Invariant($"https://img.rescuegraph.example/animals/{animal}/{position}");
                writer.StartRow();
                writer.Bigint(++id);
                writer.Bigint(animal);
                writer.Smallint(position);
                writer.Text(position == 0 ? "Portrait" : null);
                writer.Text(prefix + "/small.jpg");
                writer.Text(prefix + "/medium.jpg");
                writer.Text(prefix + "/large.jpg");
                writer.Text(prefix + "/original.jpg");
                writer.Integer(position == 0 ? 1600 : 1200);
                writer.Integer(position == 0 ? 1200 : 1600);
            }
        }
        return writer.Complete();
    }

    public static ulong Events(NpgsqlConnection connection, SyntheticWorld world)
    {
        using var writer = SyntheticCopy.Begin(connection, "animal_events",
            "id, animal_id, kind, occurred_at, center_id, species, intake_type, intake_source, outcome_type, from_center_id, to_center_id, flight_number, carrier, escort_name, destination_city, destination_country, notes, private_details");
        long id = 0;
        for (long animal = 1; animal <= world.AnimalCount; animal++)
        {
            var core = world.Core(animal);
            var random = SyntheticRandom.For(world.Seed, SyntheticWorld.EventStream, animal);
            long center = core.CenterIndex + 1;

            Row(writer, ++id, animal, AnimalEventKind.Intake, core.IntakeAt, center, core.Species);
            writer.Enum(core.IntakeType);
            writer.Enum(core.IntakeSource);
            writer.Enum((OutcomeType?)null);
            NoTransfer(writer, center);
            writer.Text("Intake exam and photos.");
            writer.Text(null);

            var span = Math.Max(1, (int)(core.StatusChangedAt - core.IntakeAt).TotalHours);
            for (var extra = 0; extra < core.ExtraEventCount; extra++)
            {
                // Spread within the stay, in order, so (animal_id, occurred_at) and id order agree.
                var at = core.IntakeAt.AddHours(span * (extra + 1) / (core.ExtraEventCount + 2));
                Row(writer, ++id, animal, random.Chance(0.6) ? AnimalEventKind.Medical : AnimalEventKind.Training, at, center, core.Species);
                NoIntakeOrOutcome(writer);
                NoTransfer(writer, null);
                writer.Text(random.Chance(0.5) ? "Vaccinations and microchip." : "Leash and crate training session.");
                writer.Text(null);
            }

            if (core.Transported || core.Status == AnimalStatus.InTransit)
            {
                var destination = PlacesAbroad[random.Next(14)]; // US and Canada entries
                var carrier = random.Next(Carriers.Length);
                Row(writer, ++id, animal, AnimalEventKind.Transport, core.StatusChangedAt.AddDays(-2), center, core.Species);
                NoIntakeOrOutcome(writer);
                writer.Bigint(center);
                writer.Bigint(null);
                writer.Text(Invariant($"{CarrierCodes[carrier]}{random.Next(1, 999):D3}"));
                writer.Text(Carriers[carrier]);
                writer.Text(random.Pick(VolunteerNames));
                writer.Text(destination.City);
                writer.Text(destination.Country);
                writer.Text("Flew with a volunteer escort.");
                writer.Text(null);
            }

            if (SyntheticWorld.OutcomeOf(core.Status, animal) is { } outcome)
            {
                Row(writer, ++id, animal, outcome.Kind, core.StatusChangedAt, center, core.Species);
                writer.Enum((IntakeType?)null);
                writer.Enum((IntakeSource?)null);
                writer.Enum(outcome.Outcome);
                NoTransfer(writer, null);
                writer.Text(null);
                writer.Text(outcome.Outcome == OutcomeType.Adoption ? Invariant($"Adopter contract #{animal}") : null);
            }
        }
        return writer.Complete();

        // The species is the animal's, written here because the database's trigger is off during the load.
        static void Row(NpgsqlBinaryImporter writer, long id, long animal, AnimalEventKind kind, DateTime at, long center, Species species)
        {
            writer.StartRow();
            writer.Bigint(id);
            writer.Bigint(animal);
            writer.Enum(kind);
            writer.Timestamp(at);
            writer.Bigint(center);
            writer.Enum(species);
        }

        static void NoIntakeOrOutcome(NpgsqlBinaryImporter writer)
        {
            writer.WriteNull();
            writer.WriteNull();
            writer.WriteNull();
        }

        // from/to center, flight number, carrier, escort, destination city and country.
        static void NoTransfer(NpgsqlBinaryImporter writer, long? toCenter)
        {
            writer.WriteNull();
            writer.Bigint(toCenter);
            for (var i = 0; i < 5; i++) writer.WriteNull();
        }
    }

    public static ulong Stories(NpgsqlConnection connection, SyntheticWorld world)
    {
        ulong rows;
        using (var writer = SyntheticCopy.Begin(connection, "stories", "id, slug, title, published_on, summary, body, organization_id, outcome"))
        {
            for (long id = 1; id <= world.StoryCount; id++)
            {
                var random = SyntheticRandom.For(world.Seed, SyntheticWorld.StoryStream, id);
                writer.StartRow();
                writer.Bigint(id);
                writer.Text(Invariant($"story-{id}"));
                writer.Text(Invariant($"Rescue case {id}: {random.Pick(RescueOrigins)}"));
                writer.Date(new DateOnly(2016, 1, 1).AddDays(random.Next(3400)));
                writer.Text("Volunteers and partners closed a farm and brought every animal to safety.");
                writer.Text("The farm held dozens of dogs in small cages. After months of negotiation the owner agreed to close, and every dog was rescued, treated and prepared for adoption.");
                writer.Bigint(1 + random.Next(world.OrganizationCount));
                writer.Text(random.Chance(0.3) ? "Farm shut down and every dog rescued." : null);
            }
            rows = writer.Complete();
        }
        using (var writer = SyntheticCopy.Begin(connection, "story_animals", "story_id, animal_id"))
        {
            for (long story = 1; story <= world.StoryCount; story++)
            {
                var random = SyntheticRandom.For(world.Seed, SyntheticWorld.StoryStream, -story);
                var first = 1 + random.Next(world.AnimalCount);
                var count = Math.Min(1 + random.Next(3), world.AnimalCount);
                // Consecutive ids from a random start: distinct without a set.
                for (var i = 0; i < count; i++)
                {
                    writer.StartRow();
                    writer.Bigint(story);
                    writer.Bigint(1 + (first - 1 + i) % world.AnimalCount);
                }
            }
            rows += writer.Complete();
        }
        return rows;
    }
}
