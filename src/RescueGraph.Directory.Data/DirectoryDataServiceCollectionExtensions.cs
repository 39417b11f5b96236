using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace RescueGraph.Directory.Data;

public static class DirectoryDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{DirectoryDbContext}"/> (singleton) — GraphQL resolvers run
    /// concurrently and must each create their own short-lived context — plus a scoped <see cref="DirectoryDbContext"/>
    /// drawn from the same pool for code that runs one unit of work per request (mutations, the migrate command).
    /// </summary>
    public static IServiceCollection AddDirectoryData(this IServiceCollection services, string connectionString,
        Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddPooledDbContextFactory<DirectoryDbContext>(options => ConfigureDirectoryDb(options, connectionString, configureNpgsql));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Options for a standalone context (tools, tests) configured exactly like the registered one.</summary>
    public static DbContextOptions<DirectoryDbContext> CreateDirectoryDbOptions(string connectionString,
        Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null)
    {
        var builder = new DbContextOptionsBuilder<DirectoryDbContext>();
        ConfigureDirectoryDb(builder, connectionString, configureNpgsql);
        return builder.Options;
    }

    private static void ConfigureDirectoryDb(DbContextOptionsBuilder options, string connectionString,
        Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql)
    {
        // Contexts return their connection to Npgsql's pool after every batched load; resetting it with DISCARD ALL
        // each time doubled the statements per request. The directory sets no session state, so nothing is left to reset.
        var connection = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        options.UseNpgsql(connection.ConnectionString, npgsql => configureNpgsql?.Invoke(npgsql));
    }
}
