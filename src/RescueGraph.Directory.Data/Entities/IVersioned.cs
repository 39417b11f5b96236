namespace RescueGraph.Directory.Data.Entities;

/// <summary>
/// A row that staff can edit. <see cref="Version"/> maps to PostgreSQL's <c>xmin</c> system column and is the
/// optimistic-concurrency token: PostgreSQL changes it on every UPDATE by itself, so no trigger, no extra column,
/// and no write path (EF, raw SQL or COPY) can forget to bump it.
/// </summary>
public interface IVersioned
{
    uint Version { get; set; }
}
