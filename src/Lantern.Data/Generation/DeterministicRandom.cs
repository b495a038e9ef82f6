using System.Numerics;

namespace Lantern.Data.Generation;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna 2018) seeded through SplitMix64: a small, fast generator whose sequence is
/// fixed by this code alone, unlike <see cref="Random"/>, whose seeded sequence .NET does not promise to keep.
/// </summary>
/// <remarks>
/// One seed gives independent streams (the world, the events, the files) so that, for example, asking for more
/// events does not move the streets. Not thread safe; not for cryptography.
/// </remarks>
internal sealed class DeterministicRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The user's seed.</param>
    /// <param name="stream">Which independent stream of that seed.</param>
    public DeterministicRandom(long seed, ulong stream)
    {
        ulong x = unchecked((ulong)seed ^ (stream * 0xD1342543DE82EF95UL));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = BitOperations.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound.</param>
    /// <returns>The number.</returns>
    public double Uniform(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [0, n); the bias of the multiply-shift method is below 2^-32 for the small n used here.</summary>
    /// <param name="n">Upper bound, positive.</param>
    /// <returns>The integer.</returns>
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    /// <param name="p">Probability.</param>
    /// <returns>The draw.</returns>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal (Box-Muller; one value per call, for simplicity over speed).</summary>
    /// <returns>The draw.</returns>
    public double Normal()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Exponential with the given mean.</summary>
    /// <param name="mean">The mean.</param>
    /// <returns>The draw.</returns>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Log-normal: exp(mu + sigma·Z).</summary>
    /// <param name="mu">Mean of the log.</param>
    /// <param name="sigma">Standard deviation of the log.</param>
    /// <returns>The draw.</returns>
    public double LogNormal(double mu, double sigma) => Math.Exp(mu + (sigma * Normal()));

    /// <summary>
    /// Poisson. Exact (Knuth's product of uniforms) up to a mean of 30; above, the normal approximation rounded,
    /// whose error there is far below anything a synthetic crime count needs.
    /// </summary>
    /// <param name="mean">The mean, non-negative.</param>
    /// <returns>The draw.</returns>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return (int)Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        double limit = Math.Exp(-mean);
        double product = NextDouble();
        int k = 0;
        while (product > limit)
        {
            product *= NextDouble();
            k++;
        }

        return k;
    }

    /// <summary>Index drawn from cumulative weights (non-decreasing, last = total).</summary>
    /// <param name="cumulative">Cumulative weights.</param>
    /// <returns>The index i with cumulative[i − 1] ≤ u·total &lt; cumulative[i].</returns>
    public int Pick(ReadOnlySpan<double> cumulative)
    {
        double u = NextDouble() * cumulative[^1];
        int lo = 0;
        int hi = cumulative.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            ulong z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
