using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Data.Writes;

/// <summary>
/// The animal's status as a state machine over its timeline. An event is accepted only from the statuses where it
/// makes sense (adoption only from available or adoption pending; nothing but a new intake after an outcome), and
/// moves the status, the status-changed time, the center and the SAC intake/outcome types consistently, so that the
/// statistics computed from events and the status shown on the animal never disagree.
/// </summary>
public static class AnimalLifecycle
{
    /// <summary>Statuses of an animal the organization still has in its care (including on its way somewhere).</summary>
    public static bool IsInCare(AnimalStatus status) =>
        status is AnimalStatus.InCare or AnimalStatus.Available or AnimalStatus.AdoptionPending or AnimalStatus.InTransit;

    /// <summary>
    /// Statuses a plain update may set: the listing states of an animal in care. Outcomes (adopted, returned,
    /// transferred, deceased) and transports only come from recorded events, so the timeline explains every status.
    /// </summary>
    public static bool IsListingStatus(AnimalStatus status) =>
        status is AnimalStatus.InCare or AnimalStatus.Available or AnimalStatus.AdoptionPending;

    /// <summary>Checks an update of the status alone; null when allowed.</summary>
    public static string? CheckStatusUpdate(AnimalStatus from, AnimalStatus to)
    {
        if (from == to) return null;
        if (!IsListingStatus(to))
            return $"Only IN_CARE, AVAILABLE and ADOPTION_PENDING can be set directly; record an event to move an animal to {Name(to)}.";
        if (!IsListingStatus(from))
            return $"The animal is {Name(from)}; record an event (e.g. an intake) to change that.";
        return null;
    }

    /// <summary>
    /// Applies <paramref name="recorded"/> to <paramref name="animal"/> when the rules allow it: fills the event's
    /// implied fields (outcome type, center) and moves the animal. Returns every rule the event breaks (field paths
    /// relative to the event input); on any failure neither the animal nor the event is changed.
    /// </summary>
    public static IReadOnlyList<ValidationFailure> Apply(Animal animal, AnimalEvent recorded, RescueCenter? toCenter, DateTimeOffset now)
    {
        var failures = new List<ValidationFailure>();
        if (WriteRules.NotInFuture(recorded.OccurredAt, now) is { } future) failures.Add(new("occurredAt", future));
        if (DateOnly.FromDateTime(recorded.OccurredAt.UtcDateTime) < animal.IntakeDate.AddDays(-1))
            failures.Add(new("occurredAt", $"Must not be before the animal's intake date ({animal.IntakeDate:yyyy-MM-dd})."));

        var transition = Plan(animal, recorded, toCenter, failures);
        if (failures.Count > 0) return failures;

        recorded.AnimalId = animal.Id;
        recorded.CenterId ??= animal.CenterId;
        recorded.OutcomeType = transition.Outcome ?? recorded.OutcomeType;
        if (transition.ToCenter is { } center)
        {
            recorded.FromCenterId = animal.CenterId;
            recorded.ToCenterId = center.Id;
            animal.CenterId = center.Id;
        }
        if (recorded.Kind == AnimalEventKind.Intake && recorded.IntakeType is { } intakeType)
        {
            animal.IntakeType = intakeType;
            animal.IntakeDate = DateOnly.FromDateTime(recorded.OccurredAt.UtcDateTime);
        }
        if (transition.Status is { } status && status != animal.Status)
        {
            animal.Status = status;
            animal.StatusChangedAt = recorded.OccurredAt;
        }
        return failures;
    }

    private readonly record struct Transition(AnimalStatus? Status, OutcomeType? Outcome, RescueCenter? ToCenter);

    private static Transition Plan(Animal animal, AnimalEvent recorded, RescueCenter? toCenter, List<ValidationFailure> failures)
    {
        var from = animal.Status;
        if (recorded.Kind != AnimalEventKind.Transfer && toCenter is not null)
            failures.Add(new("toCenterId", "Only a TRANSFER moves an animal to another center."));
        if (recorded.Kind != AnimalEventKind.Intake && (recorded.IntakeType is not null || recorded.IntakeSource is not null))
            failures.Add(new(recorded.IntakeType is not null ? "intakeType" : "intakeSource", "Only an INTAKE has an intake type or source."));

        switch (recorded.Kind)
        {
            case AnimalEventKind.Intake:
                if (IsInCare(from) || from == AnimalStatus.Deceased)
                    failures.Add(new("kind", $"The animal is {Name(from)}; an intake is only recorded when it comes back after an outcome."));
                if (recorded.IntakeType is null) failures.Add(new("intakeType", "An intake needs its intake type."));
                return NoOutcome(recorded, failures, new Transition(AnimalStatus.InCare, null, null));

            case AnimalEventKind.Transfer when toCenter is not null:
                // A move between centers: the animal stays in care; an animal in transit has arrived.
                RequireInCare(from, "transferred", failures);
                if (toCenter.Id == animal.CenterId) failures.Add(new("toCenterId", "The animal is already at that center."));
                return NoOutcome(recorded, failures,
                    new Transition(from == AnimalStatus.InTransit ? AnimalStatus.InCare : from, null, toCenter));

            case AnimalEventKind.Transfer:
                // Without a center of the directory: transferred out of the organization's care (SAC "transferred out").
                RequireInCare(from, "transferred", failures);
                return Outcome(recorded, OutcomeType.TransferredOut, AnimalStatus.Transferred, failures);

            case AnimalEventKind.Transport:
                if (from is not (AnimalStatus.InCare or AnimalStatus.Available or AnimalStatus.AdoptionPending))
                    failures.Add(new("kind", $"The animal is {Name(from)}; only an animal in care can be transported."));
                return NoOutcome(recorded, failures, new Transition(AnimalStatus.InTransit, null, null));

            case AnimalEventKind.Adoption:
                if (from is not (AnimalStatus.Available or AnimalStatus.AdoptionPending or AnimalStatus.InTransit))
                    failures.Add(new("kind", $"The animal is {Name(from)}; only an available, adoption-pending or in-transit animal can be adopted."));
                return Outcome(recorded, OutcomeType.Adoption, AnimalStatus.Adopted, failures);

            case AnimalEventKind.Return:
                RequireInCare(from, "returned to its owner", failures);
                return Outcome(recorded, OutcomeType.ReturnedToOwner, AnimalStatus.ReturnedToOwner, failures);

            case AnimalEventKind.Death:
                RequireInCare(from, "recorded as deceased", failures);
                if (recorded.OutcomeType is not (null or OutcomeType.DiedInCare or OutcomeType.ShelterEuthanasia))
                    failures.Add(new("outcomeType", "A death's outcome type is DIED_IN_CARE or SHELTER_EUTHANASIA."));
                return new Transition(AnimalStatus.Deceased, recorded.OutcomeType ?? OutcomeType.DiedInCare, null);

            case AnimalEventKind.Outcome:
                return GenericOutcome(animal, recorded, failures);

            default: // Training, Medical, Other: notes on the timeline of an animal in care.
                RequireInCare(from, "given a " + recorded.Kind.ToString().ToLowerInvariant() + " entry", failures);
                return NoOutcome(recorded, failures, new Transition(null, null, null));
        }
    }

    /// <summary>An OUTCOME event names its SAC outcome type; it moves the animal as the matching specific event would.</summary>
    private static Transition GenericOutcome(Animal animal, AnimalEvent recorded, List<ValidationFailure> failures)
    {
        switch (recorded.OutcomeType)
        {
            case null:
                failures.Add(new("outcomeType", "An outcome needs its outcome type."));
                return default;
            case OutcomeType.Adoption:
                if (animal.Status is not (AnimalStatus.Available or AnimalStatus.AdoptionPending or AnimalStatus.InTransit))
                    failures.Add(new("outcomeType", $"The animal is {Name(animal.Status)}; only an available, adoption-pending or in-transit animal can be adopted."));
                return new Transition(AnimalStatus.Adopted, OutcomeType.Adoption, null);
            case OutcomeType.ReturnedToOwner:
                RequireInCare(animal.Status, "returned to its owner", failures);
                return new Transition(AnimalStatus.ReturnedToOwner, OutcomeType.ReturnedToOwner, null);
            case OutcomeType.TransferredOut:
                RequireInCare(animal.Status, "transferred", failures);
                return new Transition(AnimalStatus.Transferred, OutcomeType.TransferredOut, null);
            case OutcomeType.DiedInCare or OutcomeType.ShelterEuthanasia:
                RequireInCare(animal.Status, "recorded as deceased", failures);
                return new Transition(AnimalStatus.Deceased, recorded.OutcomeType, null);
            default:
                // Returned to field, other live outcome, lost in care: the directory has no status that says so.
                failures.Add(new("outcomeType", $"{Name(recorded.OutcomeType.Value)} has no animal status in the directory; record it as an OTHER event with notes."));
                return default;
        }
    }

    private static Transition Outcome(AnimalEvent recorded, OutcomeType outcome, AnimalStatus status, List<ValidationFailure> failures)
    {
        if (recorded.OutcomeType is { } given && given != outcome)
            failures.Add(new("outcomeType", $"A {Name(recorded.Kind)} has the outcome type {Name(outcome)}."));
        return new Transition(status, outcome, null);
    }

    private static Transition NoOutcome(AnimalEvent recorded, List<ValidationFailure> failures, Transition transition)
    {
        if (recorded.OutcomeType is not null) failures.Add(new("outcomeType", $"A {Name(recorded.Kind)} has no outcome type."));
        return transition;
    }

    private static void RequireInCare(AnimalStatus from, string what, List<ValidationFailure> failures)
    {
        if (!IsInCare(from)) failures.Add(new("kind", $"The animal is {Name(from)}; only an animal in care can be {what}."));
    }

    /// <summary>The GraphQL enum value name, as callers wrote it: <c>AdoptionPending</c> → <c>ADOPTION_PENDING</c>.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Modeling.SnakeCase.From(value.ToString()).ToUpperInvariant();
}
