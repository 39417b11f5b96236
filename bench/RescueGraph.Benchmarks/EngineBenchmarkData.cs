using System.Globalization;

namespace RescueGraph.Benchmarks;

/// <summary>The in-memory data of the engine benchmarks; bench/engine/data.mjs builds the same values for graphql-js.</summary>
public static class EngineBenchmarkData
{
    private static readonly string[] Species = ["DOG", "CAT", "HORSE", "RABBIT"];
    private static readonly string[] Sexes = ["FEMALE", "MALE"];
    private static readonly string[] Ages = ["BABY", "YOUNG", "ADULT", "SENIOR"];
    private static readonly string[] Sizes = ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"];
    private static readonly string[] Statuses = ["IN_CARE", "AVAILABLE", "ADOPTION_PENDING"];

    public static List<object?> Animals(int count)
    {
        var list = new List<object?>(count);
        for (var i = 1; i <= count; i++)
        {
            list.Add(new Dictionary<string, object?>
            {
                ["id"] = i.ToString(CultureInfo.InvariantCulture),
                ["name"] = $"Animal {i}",
                ["species"] = Species[i % Species.Length],
                ["breed"] = i % 3 == 0 ? null : $"Breed {i % 7}",
                ["sex"] = Sexes[i % Sexes.Length],
                ["ageGroup"] = Ages[i % Ages.Length],
                ["size"] = Sizes[i % Sizes.Length],
                ["status"] = Statuses[i % Statuses.Length],
                ["intakeDate"] = $"2024-{(i % 12) + 1:00}-{(i % 28) + 1:00}",
                ["weightKg"] = 2.5 + (i % 40) * 0.75,
            });
        }
        return list;
    }

    public static string ReadCase(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cases", name));
}
