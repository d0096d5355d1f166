namespace CircularPark.Engines.Acceptance;

/// <summary>
/// A provincial spot check (抽查): a random sample of parks that anyone can draw again. The sample depends only on
/// the candidates (as a set), the sample size and the recorded seed: candidates are sorted first, then shuffled by a
/// portable generator (SplitMix64), so the same seed gives the same parks on any machine and .NET version.
/// </summary>
public static class SpotCheck
{
    /// <summary>Draws <paramref name="size"/> of <paramref name="candidates"/> (all of them if fewer), in draw order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative size.</exception>
    public static IReadOnlyList<int> Draw(IEnumerable<int> candidates, int size, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var pool = candidates.Distinct().Order().ToArray();
        var state = seed;
        // Partial Fisher–Yates: the first `size` places are the sample.
        var take = Math.Min(size, pool.Length);
        for (var i = 0; i < take; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(pool.Length - i));
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool[..take];
    }

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): a fixed, documented sequence for a seed.</summary>
    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
