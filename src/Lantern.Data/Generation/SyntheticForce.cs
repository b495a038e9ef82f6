using Lantern.Core.Forces;

namespace Lantern.Data.Generation;

/// <summary>
/// Lantern Demo Constabulary: a fictional force over the fictional town of Lanternbury, for demos, tests and
/// benchmarks. Its crimes concentrate on few places, cluster in space and time (near repeats), follow seasons,
/// weeks and hours, and come in the 14 data.police.uk categories in realistic proportions (docs/generator.md).
/// </summary>
/// <remarks>Everything here is invented: no real person, crime, street or LSOA is described.</remarks>
internal static class SyntheticForce
{
    /// <summary>The force's slug, as in data.police.uk file names.</summary>
    public const string Slug = "lantern-demo";

    /// <summary>The force's name, as in the "Reported by" column.</summary>
    public const string Name = "Lantern Demo Constabulary";

    /// <summary>The force as a <see cref="PoliceForce"/>.</summary>
    public static PoliceForce Force { get; } = new(Slug, Name);

    /// <summary>
    /// Streams the events for the options, in time order, without writing anything: constant memory at any scale
    /// (10,000 to 10,000,000 events and beyond). Enumerating twice gives the same events.
    /// </summary>
    /// <param name="options">What to generate.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IEnumerable<SyntheticCrime> Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return EventSimulator.Run(options, SyntheticTown.Create(options.Seed, options.AreaSideMetres));
    }
}
