using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Writes;

namespace RescueGraph.Directory.Data.Tests.Writes;

public sealed class AnimalLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static Animal AnimalIn(AnimalStatus status) => new()
    {
        Id = 7, CenterId = 1, OrganizationId = 1, Status = status, StatusChangedAt = Now.AddDays(-30),
        IntakeDate = new DateOnly(2025, 1, 10), IntakeType = IntakeType.StrayAtLarge,
    };

    private static AnimalEvent Event(AnimalEventKind kind, DateTimeOffset? at = null) => new() { Kind = kind, OccurredAt = at ?? Now.AddDays(-1) };

    [Theory]
    [InlineData(AnimalStatus.Available)]
    [InlineData(AnimalStatus.AdoptionPending)]
    [InlineData(AnimalStatus.InTransit)]
    public void Adoption_of_an_adoptable_animal_makes_it_adopted_with_the_sac_outcome(AnimalStatus from)
    {
        var animal = AnimalIn(from);
        var adoption = Event(AnimalEventKind.Adoption);

        Assert.Empty(AnimalLifecycle.Apply(animal, adoption, null, Now));

        Assert.Equal(AnimalStatus.Adopted, animal.Status);
        Assert.Equal(adoption.OccurredAt, animal.StatusChangedAt);
        Assert.Equal(OutcomeType.Adoption, adoption.OutcomeType);
        Assert.Equal(animal.Id, adoption.AnimalId);
        Assert.Equal(1, adoption.CenterId);
    }

    [Theory]
    [InlineData(AnimalStatus.InCare)]
    [InlineData(AnimalStatus.Adopted)]
    [InlineData(AnimalStatus.Deceased)]
    public void Adoption_from_any_other_status_is_refused_and_changes_nothing(AnimalStatus from)
    {
        var animal = AnimalIn(from);
        var failures = AnimalLifecycle.Apply(animal, Event(AnimalEventKind.Adoption), null, Now);

        Assert.Equal("kind", Assert.Single(failures).Field);
        Assert.Equal(from, animal.Status);
    }

    [Fact]
    public void An_adopted_animal_cannot_be_transferred()
    {
        var animal = AnimalIn(AnimalStatus.Adopted);
        var failures = AnimalLifecycle.Apply(animal, Event(AnimalEventKind.Transfer), new RescueCenter { Id = 2 }, Now);

        Assert.Contains(failures, f => f.Field == "kind");
        Assert.Equal(1, animal.CenterId);
    }

    [Fact]
    public void A_transfer_to_a_center_moves_the_animal_and_an_arriving_animal_is_in_care_again()
    {
        var animal = AnimalIn(AnimalStatus.InTransit);
        var transfer = Event(AnimalEventKind.Transfer);

        Assert.Empty(AnimalLifecycle.Apply(animal, transfer, new RescueCenter { Id = 2 }, Now));

        Assert.Equal(2, animal.CenterId);
        Assert.Equal((1L, 2L), (transfer.FromCenterId!.Value, transfer.ToCenterId!.Value));
        Assert.Equal(AnimalStatus.InCare, animal.Status);
        Assert.Null(transfer.OutcomeType);
    }

    [Fact]
    public void A_transfer_without_a_center_is_a_transfer_out()
    {
        var animal = AnimalIn(AnimalStatus.Available);
        var transfer = Event(AnimalEventKind.Transfer);

        Assert.Empty(AnimalLifecycle.Apply(animal, transfer, null, Now));

        Assert.Equal(AnimalStatus.Transferred, animal.Status);
        Assert.Equal(OutcomeType.TransferredOut, transfer.OutcomeType);
    }

    [Fact]
    public void A_transfer_to_the_animals_own_center_is_refused()
    {
        var failures = AnimalLifecycle.Apply(AnimalIn(AnimalStatus.InCare), Event(AnimalEventKind.Transfer), new RescueCenter { Id = 1 }, Now);
        Assert.Equal("toCenterId", Assert.Single(failures).Field);
    }

    [Fact]
    public void Events_in_the_future_or_before_the_intake_are_refused()
    {
        var future = AnimalLifecycle.Apply(AnimalIn(AnimalStatus.InCare), Event(AnimalEventKind.Medical, Now.AddDays(2)), null, Now);
        var early = AnimalLifecycle.Apply(AnimalIn(AnimalStatus.InCare), Event(AnimalEventKind.Medical, new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero)), null, Now);

        Assert.Equal("occurredAt", Assert.Single(future).Field);
        Assert.Equal("occurredAt", Assert.Single(early).Field);
    }

    [Fact]
    public void A_new_intake_brings_a_returned_animal_back_into_care_and_needs_its_type()
    {
        var animal = AnimalIn(AnimalStatus.ReturnedToOwner);
        var withoutType = AnimalLifecycle.Apply(animal, Event(AnimalEventKind.Intake), null, Now);
        Assert.Equal("intakeType", Assert.Single(withoutType).Field);

        var intake = Event(AnimalEventKind.Intake);
        intake.IntakeType = IntakeType.RelinquishedByOwner;
        Assert.Empty(AnimalLifecycle.Apply(animal, intake, null, Now));
        Assert.Equal(AnimalStatus.InCare, animal.Status);
        Assert.Equal(IntakeType.RelinquishedByOwner, animal.IntakeType);
        Assert.Equal(DateOnly.FromDateTime(intake.OccurredAt.UtcDateTime), animal.IntakeDate);
    }

    [Fact]
    public void An_intake_of_an_animal_in_care_is_refused()
    {
        var intake = Event(AnimalEventKind.Intake);
        intake.IntakeType = IntakeType.StrayAtLarge;
        Assert.Equal("kind", Assert.Single(AnimalLifecycle.Apply(AnimalIn(AnimalStatus.Available), intake, null, Now)).Field);
    }

    [Fact]
    public void Transport_puts_the_animal_in_transit_and_notes_leave_the_status_alone()
    {
        var animal = AnimalIn(AnimalStatus.AdoptionPending);
        Assert.Empty(AnimalLifecycle.Apply(animal, Event(AnimalEventKind.Transport), null, Now));
        Assert.Equal(AnimalStatus.InTransit, animal.Status);

        var changedAt = animal.StatusChangedAt;
        Assert.Empty(AnimalLifecycle.Apply(animal, Event(AnimalEventKind.Medical), null, Now));
        Assert.Equal(AnimalStatus.InTransit, animal.Status);
        Assert.Equal(changedAt, animal.StatusChangedAt);
    }

    [Fact]
    public void Death_defaults_to_died_in_care_and_refuses_live_outcomes()
    {
        var animal = AnimalIn(AnimalStatus.InCare);
        var death = Event(AnimalEventKind.Death);
        Assert.Empty(AnimalLifecycle.Apply(animal, death, null, Now));
        Assert.Equal((AnimalStatus.Deceased, OutcomeType.DiedInCare), (animal.Status, death.OutcomeType!.Value));

        var wrong = Event(AnimalEventKind.Death);
        wrong.OutcomeType = OutcomeType.Adoption;
        Assert.Contains(AnimalLifecycle.Apply(AnimalIn(AnimalStatus.InCare), wrong, null, Now), f => f.Field == "outcomeType");
    }

    [Fact]
    public void A_generic_outcome_moves_the_status_its_outcome_type_names()
    {
        var animal = AnimalIn(AnimalStatus.InCare);
        var outcome = Event(AnimalEventKind.Outcome);
        outcome.OutcomeType = OutcomeType.ShelterEuthanasia;
        Assert.Empty(AnimalLifecycle.Apply(animal, outcome, null, Now));
        Assert.Equal(AnimalStatus.Deceased, animal.Status);

        var untyped = AnimalLifecycle.Apply(AnimalIn(AnimalStatus.InCare), Event(AnimalEventKind.Outcome), null, Now);
        Assert.Equal("outcomeType", Assert.Single(untyped).Field);
    }

    [Fact]
    public void An_outcome_type_that_contradicts_the_kind_is_refused()
    {
        var adoption = Event(AnimalEventKind.Adoption);
        adoption.OutcomeType = OutcomeType.TransferredOut;
        Assert.Equal("outcomeType", Assert.Single(AnimalLifecycle.Apply(AnimalIn(AnimalStatus.Available), adoption, null, Now)).Field);
    }

    [Theory]
    [InlineData(AnimalStatus.InCare, AnimalStatus.Available, true)]
    [InlineData(AnimalStatus.Available, AnimalStatus.AdoptionPending, true)]
    [InlineData(AnimalStatus.AdoptionPending, AnimalStatus.InCare, true)]
    [InlineData(AnimalStatus.Available, AnimalStatus.Adopted, false)]
    [InlineData(AnimalStatus.Adopted, AnimalStatus.Available, false)]
    [InlineData(AnimalStatus.InCare, AnimalStatus.InTransit, false)]
    public void A_plain_update_moves_only_between_listing_statuses(AnimalStatus from, AnimalStatus to, bool allowed) =>
        Assert.Equal(allowed, AnimalLifecycle.CheckStatusUpdate(from, to) is null);
}
