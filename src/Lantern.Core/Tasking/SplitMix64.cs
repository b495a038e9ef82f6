namespace Lantern.Core.Tasking;

/// <summary>
/// The SplitMix64 generator (Steele, Lea &amp; Flood 2014, as published with xoshiro by Vigna): specified here, so the
/// same seed gives the same visit times on every .NET version and platform, which <see cref="Random"/> does not promise.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>A generator for one place on one day: the run's seed mixed with the date and the cell, so adding or
    /// removing another place does not change this one's times.</summary>
    public static SplitMix64 For(long seed, DateOnly date, int column, int row)
    {
        unchecked
        {
            var g = new SplitMix64((ulong)seed);
            ulong s = g.Next() ^ (ulong)date.DayNumber;
            s = new SplitMix64(s).Next() ^ (uint)column;
            s = new SplitMix64(s).Next() ^ ((ulong)(uint)row << 32);
            return new SplitMix64(new SplitMix64(s).Next());
        }
    }

    public ulong Next()
    {
        unchecked
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
}
