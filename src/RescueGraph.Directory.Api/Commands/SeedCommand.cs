using System.CommandLine;
using System.Globalization;
using RescueGraph.Directory.Api.Hosting;
using RescueGraph.Directory.Data.Migrations;
using RescueGraph.Directory.Data.Seeding;

namespace RescueGraph.Directory.Api.Commands;

/// <summary><c>seed synthetic --animals N [--seed S] [--replace]</c>: the deterministic large data set for benchmarks.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var animals = new Option<int>("--animals")
        {
            Description = "Number of animals; organizations, centers and campaigns scale with it (1,000,000 → 1,000 organizations).",
            Required = true,
        };
        animals.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0) result.AddError("--animals must be a positive number.");
        });
        var seed = new Option<int>("--seed") { Description = "Random seed: the same size and seed give the same rows.", DefaultValueFactory = _ => 42 };
        var replace = new Option<bool>("--replace") { Description = "Empty the directory tables first (otherwise a non-empty database is refused)." };

        var synthetic = new Command("synthetic", "Load the deterministic synthetic data set (binary COPY).") { animals, seed, replace };
        synthetic.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var database = await LocalDatabase.OpenAsync(
                CommandConfiguration.ConfiguredConnectionString(parseResult), Console.Out, cancellationToken);
            await DirectoryMigrator.MigrateAsync(database.ConnectionString, cancellationToken);
            var summary = await SyntheticDataGenerator.SeedAsync(database.ConnectionString, parseResult.GetValue(animals),
                parseResult.GetValue(seed), parseResult.GetValue(replace), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Loaded {summary.Animals:N0} animals, {summary.Photos:N0} photos, {summary.Events:N0} events, " +
                $"{summary.Organizations:N0} organizations, {summary.Centers:N0} centers, {summary.Campaigns:N0} campaigns " +
                $"in {summary.Elapsed.TotalSeconds:F1} s."));
            return 0;
        });

        return new Command("seed", "Load a data set into the directory database.") { synthetic };
    }
}
