using Npgsql;
using RescueGraph.LocalPostgres;

namespace RescueGraph.Directory.Data.Tests.LocalPostgres;

public sealed class LocalPostgresClusterTests
{
    [Fact]
    public async Task Throwaway_cluster_serves_the_database_on_loopback_with_pg_stat_statements_preloaded()
    {
        string dataDirectory;
        await using (var cluster = await LocalPostgresCluster.StartThrowawayAsync("cluster_smoke"))
        {
            dataDirectory = cluster.DataDirectory!;
            Assert.True(cluster.IsThrowaway);
            Assert.InRange(cluster.Port, 1, 65535);

            await using var connection = new NpgsqlConnection(cluster.GetConnectionString("cluster_smoke"));
            await connection.OpenAsync();
            Assert.Equal("cluster_smoke", await ScalarAsync<string>(connection, "SELECT current_database()"));
            Assert.Contains("pg_stat_statements", await ScalarAsync<string>(connection, "SHOW shared_preload_libraries"));
            Assert.Equal("127.0.0.1", await ScalarAsync<string>(connection, "SHOW listen_addresses"));
            Assert.Equal(dataDirectory, await ScalarAsync<string>(connection, "SHOW unix_socket_directories"));
            Assert.Equal("off", await ScalarAsync<string>(connection, "SHOW fsync"));
            Assert.Equal("UTF8", await ScalarAsync<string>(connection, "SHOW server_encoding"));
        }
        Assert.False(System.IO.Directory.Exists(dataDirectory), "a throwaway cluster's directory is deleted on dispose");
    }

    [Fact]
    public async Task A_second_starter_reuses_the_running_server_and_a_stopped_cluster_restarts()
    {
        await using var owner = await LocalPostgresCluster.StartThrowawayAsync("first");
        var dataDirectory = owner.DataDirectory!;

        var second = new LocalPostgresCluster();
        var connectionString = await second.EnsureStartedAsync(dataDirectory, "second");
        Assert.Equal(owner.Port, second.Port);
        Assert.Equal(owner.Port, new NpgsqlConnectionStringBuilder(connectionString).Port);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            Assert.Equal("second", await ScalarAsync<string>(connection, "SELECT current_database()"));
        }

        await second.StopAsync();
        Assert.False(File.Exists(Path.Combine(dataDirectory, "postmaster.pid")));

        var restarted = await second.EnsureStartedAsync(dataDirectory, "second");
        await using (var connection = new NpgsqlConnection(restarted))
        {
            await connection.OpenAsync();
            // The database made before the restart is still there: the cluster was reused, not re-initialised.
            Assert.Equal(1, await ScalarAsync<int>(connection, "SELECT count(*)::int FROM pg_database WHERE datname IN ('first', 'second') AND datname = 'second'"));
            Assert.Equal(2, await ScalarAsync<int>(connection, "SELECT count(*)::int FROM pg_database WHERE datname IN ('first', 'second')"));
        }
    }

    [Fact]
    public async Task EnsureDatabase_is_idempotent()
    {
        await using var cluster = await LocalPostgresCluster.StartThrowawayAsync("idempotent");
        var first = await cluster.EnsureDatabaseAsync("idempotent");
        var second = await cluster.EnsureDatabaseAsync("idempotent");
        Assert.Equal(first, second);
        await using var connection = new NpgsqlConnection(cluster.GetConnectionString("postgres"));
        await connection.OpenAsync();
        Assert.Equal(1L, await ScalarAsync<long>(connection, "SELECT count(*) FROM pg_database WHERE datname = 'idempotent'"));
    }

    [Fact]
    public async Task Starting_a_throwaway_cluster_removes_ones_left_behind_by_dead_processes()
    {
        using var finished = System.Diagnostics.Process.Start("true")!;
        await finished.WaitForExitAsync();
        var abandoned = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rescuegraph-pg-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        await File.WriteAllTextAsync(Path.Combine(abandoned, "rescuegraph-owner.pid"), finished.Id.ToString());

        await using var cluster = await LocalPostgresCluster.StartThrowawayAsync("sweeper");
        Assert.False(System.IO.Directory.Exists(abandoned));
        Assert.True(System.IO.Directory.Exists(cluster.DataDirectory));
    }

    [Fact]
    public void Missing_binaries_explain_how_to_install_them()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "rescuegraph-no-postgres-" + Guid.NewGuid().ToString("N"));
        var exception = Assert.Throws<PostgresBinariesNotFoundException>(() => PostgresBinaries.FindBinDirectory(null, nowhere, nowhere));
        Assert.Contains("apt-get install -y postgresql", exception.Message);
        Assert.Contains(PostgresBinaries.OverrideVariable, exception.Message);
    }

    [Fact]
    public void An_override_without_the_tools_is_rejected_rather_than_ignored()
    {
        var exception = Assert.Throws<PostgresBinariesNotFoundException>(() => PostgresBinaries.FindBinDirectory("/definitely/not/here", "/usr/lib/postgresql", null));
        Assert.Contains("/definitely/not/here", exception.Message);
    }

    [Fact]
    public void Discovery_picks_the_newest_installed_version()
    {
        var root = Path.Combine(Path.GetTempPath(), "rescuegraph-fake-pg-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var version in new[] { "9.6", "15", "16" })
            {
                var bin = System.IO.Directory.CreateDirectory(Path.Combine(root, version, "bin")).FullName;
                File.WriteAllText(Path.Combine(bin, "initdb"), "");
                File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
            }
            System.IO.Directory.CreateDirectory(Path.Combine(root, "17", "bin")); // no tools: skipped
            Assert.Equal(Path.Combine(root, "16", "bin"), PostgresBinaries.FindBinDirectory(null, root, null));
        }
        finally
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
