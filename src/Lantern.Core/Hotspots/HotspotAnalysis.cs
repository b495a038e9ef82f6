using System.Globalization;
using Lantern.Core.Crimes;

namespace Lantern.Core.Hotspots;

/// <summary>
/// The entry point for place-based hot-spot analysis: bins crimes into grid cells and runs the methods asked for
/// (kernel density, Getis-Ord Gi* with FDR, concentration). A pure function: no I/O, no clock, no randomness.
/// </summary>
public static class HotspotAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="crimes">The crimes, with harm weights already applied.</param>
    /// <param name="options">What to compute; see <see cref="HotspotOptions"/> for defaults.</param>
    /// <returns>The result, with its options, automatic choices and notes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The month range is inverted, a category is not defined, or the study area and study cells have different extents.
    /// </exception>
    /// <remarks>
    /// Thread safe. Cost is linear in crimes plus cells of the study area (about 0.1 s for a million crimes over
    /// 160,000 cells on one core), plus crimes × cells within the bandwidth for kernel density.
    /// </remarks>
    public static HotspotResult Run(CrimePoints crimes, HotspotOptions options)
    {
        ArgumentNullException.ThrowIfNull(crimes);
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstMonth is { } first && options.LastMonth is { } last && first > last)
        {
            throw new ArgumentException($"The first month {first} is after the last month {last}.", nameof(options));
        }

        if (options.Categories is not null)
        {
            foreach (CrimeCategory c in options.Categories)
            {
                if (!Enum.IsDefined(c))
                {
                    throw new ArgumentException($"Category value {(int)c} is not defined.", nameof(options));
                }
            }
        }

        var filter = new CrimeFilter(options.FirstMonth, options.LastMonth, options.Categories);
        return RunWith(crimes, options, filter, HotspotOptions.DenseCellLimit);
    }

    /// <summary>Runs the analysis with a given dense limit (tests use a small one to exercise the sparse path).</summary>
    internal static HotspotResult RunWith(CrimePoints crimes, HotspotOptions options, CrimeFilter filter, int denseLimit)
    {
        CellCounts counts = CellAggregator.Aggregate(crimes, options.Grid, options.StudyArea, filter, denseLimit,
            studyCells: options.StudyCells);
        var choices = new List<AutomaticChoice>();
        var notes = new List<string>();
        if (counts.StudyArea is not { } area)
        {
            notes.Add("No crimes matched the months and categories asked for, and no study area was given: nothing to analyse.");
            return new HotspotResult(options, counts, [], null, null, null, choices, notes);
        }

        if (options.StudyArea is null && options.StudyCells is null)
        {
            choices.Add(new AutomaticChoice("StudyArea", area.ToString(),
                "No study area was given: the bounding box of the cells holding the crimes analysed (empty cells in it count as zeros)."));
        }

        choices.Add(new AutomaticChoice("CellStorage", counts.Storage.ToString(), string.Create(CultureInfo.InvariantCulture,
            $"{counts.SizeText()}; up to {HotspotOptions.DenseCellLimit:N0} are held in a dense array.")));
        if (counts.CrimesOutsideStudyArea > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{counts.CrimesOutsideStudyArea:N0} crimes lie outside the study area and were left out."));
        }

        int[] order = CellRanking.ByHarm(counts.Harm, counts.Count);
        KernelDensityResult? kde = null;
        GiStarResult? gi = null;
        ConcentrationResult? concentration = null;
        if (options.Methods.HasFlag(HotspotMethods.KernelDensity))
        {
            kde = KernelDensity.Compute(crimes, counts, filter, options.BandwidthMetres, denseLimit);
            choices.AddRange(kde.AutomaticChoices);
            notes.AddRange(kde.Notes);
        }

        if (options.Methods.HasFlag(HotspotMethods.GetisOrd))
        {
            gi = GetisOrdGiStar.Compute(counts, options.GiStarBandMetres, options.FdrQ, denseLimit);
            choices.AddRange(gi.AutomaticChoices);
            notes.AddRange(gi.Notes);
        }

        if (options.Methods.HasFlag(HotspotMethods.Concentration))
        {
            concentration = Concentration.Compute(counts, order);
        }

        return new HotspotResult(options, counts, order, kde, gi, concentration, choices, notes);
    }
}
