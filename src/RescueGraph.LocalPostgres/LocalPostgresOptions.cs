namespace RescueGraph.LocalPostgres;

/// <summary>Settings for a <see cref="LocalPostgresCluster"/>.</summary>
public sealed record LocalPostgresOptions
{
    /// <summary>Directory with initdb/pg_ctl; null means <see cref="PostgresBinaries.FindBinDirectory"/>.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>
    /// False turns off fsync, synchronous_commit and full_page_writes: much faster bulk loads, but a crash
    /// can corrupt the cluster, so only throwaway clusters get it by default.
    /// </summary>
    public bool Durable { get; init; } = true;

    public string SharedBuffers { get; init; } = "256MB";

    public int MaxConnections { get; init; } = 200;

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Extra <c>name = value</c> server settings written to the cluster's configuration on every start.</summary>
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();
}
