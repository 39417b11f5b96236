namespace RescueGraph.Directory.Data.Seeding;

/// <summary>
/// SplitMix64: a tiny, allocation-free generator whose output is fixed by this code alone (System.Random's seeded
/// sequence is an implementation detail). Keyed by (seed, stream, id) so any row can be regenerated on its own,
/// which lets the animal, photo and event writers run in parallel and still agree on each animal.
/// </summary>
internal struct SyntheticRandom
{
    private ulong _state;

    private SyntheticRandom(ulong state) => _state = state;

    public static SyntheticRandom For(int seed, ulong stream, long id) =>
        new(Mix((ulong)seed * 0x9E3779B97F4A7C15UL ^ Mix(stream + 0x632BE59BD9B4E019UL) ^ Mix((ulong)id * 0xBF58476D1CE4E5B9UL)));

    public ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>Uniform in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)((NextUInt64() >> 33) * (ulong)maxExclusive >> 31);

    /// <summary>Uniform in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Samples an index from fixed weights by binary search over the cumulative sum.</summary>
internal sealed class WeightedIndex
{
    private readonly double[] _cumulative;

    public WeightedIndex(double[] weights)
    {
        _cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++) _cumulative[i] = sum += weights[i];
    }

    /// <summary>Zipf-like weights 1/rank^exponent: a few heavy heads, a long tail.</summary>
    public static WeightedIndex Zipf(int count, double exponent)
    {
        var weights = new double[count];
        for (var i = 0; i < count; i++) weights[i] = 1.0 / Math.Pow(i + 1, exponent);
        return new WeightedIndex(weights);
    }

    public int Sample(ref SyntheticRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return index >= 0 ? Math.Min(index + 1, _cumulative.Length - 1) : ~index;
    }
}
