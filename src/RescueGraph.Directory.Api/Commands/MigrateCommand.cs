using System.CommandLine;
using RescueGraph.Directory.Api.Hosting;
using RescueGraph.Directory.Data.Migrations;

namespace RescueGraph.Directory.Api.Commands;

/// <summary><c>migrate</c>: applies pending schema scripts; running it again is a no-op.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Bring the directory database schema up to date.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var database = await LocalDatabase.OpenAsync(
                CommandConfiguration.ConfiguredConnectionString(parseResult), Console.Out, cancellationToken);
            var applied = await DirectoryMigrator.MigrateAsync(database.ConnectionString, cancellationToken);
            Console.WriteLine(applied.Count == 0
                ? "The database schema is up to date."
                : $"Applied migrations: {string.Join(", ", applied)}.");
            return 0;
        });
        return command;
    }
}
