namespace RescueGraph.Directory.Data.Writes;

/// <summary>One refused input value: the input field's path (<c>name</c>, <c>photos[1].url</c>) and why.</summary>
public readonly record struct ValidationFailure(string Field, string Message);

/// <summary>The validation failures of one write, collected so the caller learns every problem at once.</summary>
public sealed class ValidationErrors
{
    private readonly List<ValidationFailure> _failures = [];

    public IReadOnlyList<ValidationFailure> Failures => _failures;

    public bool Any => _failures.Count > 0;

    public void Add(string field, string message) => _failures.Add(new ValidationFailure(field, message));

    public void Add(ValidationFailure failure) => _failures.Add(failure);

    /// <summary>Adds the failure when <paramref name="message"/> is not null (the shape of every <see cref="WriteRules"/> check).</summary>
    public bool Check(string field, string? message)
    {
        if (message is null) return true;
        _failures.Add(new ValidationFailure(field, message));
        return false;
    }
}
