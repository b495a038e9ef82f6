using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Geography;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// The veil-of-darkness test of a force's searches (docs/stop-search.md): reads the searches, places them in areas
/// when asked, runs <see cref="VeilOfDarkness"/> and records the run with its parameters, inputs and version.
/// </summary>
internal static class VeilRun
{
    public const string Kind = "stopsearch-veil";

    public static (VeilResult Veil, string Force, YearMonth From, YearMonth To, IReadOnlyList<string> Notes, IReadOnlyList<string> Choices, RecordedRun Run) Compute(
        LanternStore store, VeilRequest request, TimeProvider time)
    {
        var choices = new List<string>();
        (string force, YearMonth from, YearMonth to) = StopSearchRun.ResolvePeriod(store, request.Force, request.From, request.To, choices);
        // Officers' perception is what darkness can hide: the test's basis unless self-defined is asked for.
        EthnicityBasis basis = StopSearchRun.ParseBasis(request.Ethnicity, EthnicityBasis.OfficerDefined);
        string level = request.AreaLevel?.Trim().ToLowerInvariant() ?? "force";
        Func<double, double, int>? locate = null;
        int areas = 1;
        if (level != "force")
        {
            if (!AreaStore.Levels.Contains(level))
            {
                throw new CliException($"--area-level must be force, {string.Join(", ", AreaStore.Levels)}, not '{request.AreaLevel}'", ExitCodes.Usage);
            }

            AreaIndex index = AreaStore.Index(store, level)
                ?? throw new CliException($"--area-level {level}: no {level} boundaries in {store.Name}. Import them with 'lantern areas import --level {level} FILE'.");
            locate = (e, n) => index.Locate(new BngPoint(e, n));
            areas = index.Count;
        }

        if (request.Knots is < 3 or > 7)
        {
            throw new CliException("--knots must be between 3 and 7", ExitCodes.Usage);
        }

        List<VeilSearch> searches = VeilQuery.Load(store, new StopSearchSelection(force, from, to), basis, locate);
        VeilResult veil = VeilOfDarkness.Analyse(searches, new VeilOptions { Knots = request.Knots });
        List<string> notes = Notes(veil, basis, level);
        string basisName = basis == EthnicityBasis.OfficerDefined ? "officer" : "self";
        string parameters = JsonSerializer.Serialize(new
        {
            force, from = from.ToString(), to = to.ToString(), areaLevel = level, ethnicity = basisName, knots = request.Knots, level = veil.Level,
        }, JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new
        {
            database = store.Name,
            searchesRead = veil.Read,
            areasOfTheLevel = areas,
            automaticChoices = choices,
            method = "logit P(Black) = area fixed effect + restricted cubic spline of UK clock time + beta * dark; dark after civil dusk " +
                "(Sun 6 degrees below the horizon), light before sunset, at the search's own place and date (NOAA solar position); " +
                "inter-twilight window per place (0.05 degree grid) and year; IRLS; Wald interval",
        }, JsonOutput.Options);
        string result = JsonSerializer.Serialize(Json(veil, basisName, notes), JsonOutput.Options);
        long run = request.Record ? AnalysisRun.Record(store, Kind, force, request.By, LanternCli.Version, time.GetUtcNow(), parameters, inputs, result) : 0;
        return (veil, force, from, to, notes, choices, new RecordedRun(run, parameters, inputs, result));
    }

    private static object Json(VeilResult v, string basis, List<string> notes) => new
    {
        ethnicity = basis,
        beta = Finite(v.Beta),
        standardError = Finite(v.StandardError),
        low = Finite(v.Low),
        high = Finite(v.High),
        level = v.Level,
        oddsRatio = Finite(v.OddsRatio),
        oddsRatioLow = Finite(v.OddsRatioLow),
        oddsRatioHigh = Finite(v.OddsRatioHigh),
        pValue = Finite(v.PValue),
        converged = v.Converged,
        iterations = v.Iterations,
        notFitted = v.NotFitted,
        sample = new
        {
            read = v.Read,
            used = v.Used,
            dark = v.BlackWhenDark.Of,
            light = v.BlackWhenLight.Of,
            blackWhenDark = v.BlackWhenDark,
            blackWhenLight = v.BlackWhenLight,
            areasUsed = v.AreasUsed,
        },
        excluded = new
        {
            noCoordinates = v.NoCoordinates,
            unknownEthnicity = v.UnknownEthnicity,
            noArea = v.NoArea,
            outsideWindow = v.OutsideWindow,
            twilight = v.Twilight,
            areaWithoutVariation = v.AreaWithoutVariation,
            areasWithoutVariation = v.AreasWithoutVariation,
        },
        window = new { start = v.WindowStart?.ToString("HH:mm", CultureInfo.InvariantCulture), end = v.WindowEnd?.ToString("HH:mm", CultureInfo.InvariantCulture) },
        knots = v.Knots.Select(k => k.ToString("HH:mm", CultureInfo.InvariantCulture)),
        notes,
    };

    // JSON has no infinity: a figure that overflows (an odds ratio of e^800 when the groups barely overlap) is written as
    // null, "cannot be worked out", and the notes say why (Notes).
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>What the run's figures mean and what was left out; β's sign read as DOMAIN.md §5 does (β &lt; 0 suggests bias).</summary>
    internal static List<string> Notes(VeilResult v, EthnicityBasis basis, string level)
    {
        var notes = new List<string>();
        if (v.NoCoordinates > 0)
        {
            notes.Add(Text($"{v.NoCoordinates:N0} searches have no coordinates, so no sunset can be worked out for their place: they are left out of the test (not placed at the force's centre)."));
        }

        if (v.UnknownEthnicity > 0)
        {
            notes.Add(Text($"{v.UnknownEthnicity:N0} searches with no {(basis == EthnicityBasis.OfficerDefined ? "officer" : "self")}-defined ethnicity are left out."));
        }

        if (v.NoArea > 0)
        {
            notes.Add(Text($"{v.NoArea:N0} searches lie in no imported {level}: left out."));
        }

        if (v.AreasWithoutVariation > 0)
        {
            notes.Add(Text($"{v.AreasWithoutVariation} areas ({v.AreaWithoutVariation:N0} searches) had only Black or no Black people searched in the window: their effect cannot be estimated, so they are left out."));
        }

        if (basis == EthnicityBasis.SelfDefined)
        {
            notes.Add("Self-defined ethnicity is what the person says after the search, not what the officer saw before it; the test's logic is about the officer's view, so officer-defined is its main basis.");
        }

        notes.Add("What the test assumes: that who is out, and what they do, at a given clock time does not change with darkness except through officers' sight. " +
            "Seasons (school terms, night-time economy, weather), and street lighting, which lets officers see after dusk in a city, weaken it; a β near zero " +
            "is therefore not proof of no bias, and a β below zero is a reason to look closer, not a finding against any officer.");
        if (new[] { v.Beta, v.StandardError, v.Low, v.High, v.OddsRatio, v.OddsRatioLow, v.OddsRatioHigh, v.PValue }.Any(x => x is { } f && !double.IsFinite(f)))
        {
            notes.Add(Text($"Some figures are not finite (β {v.Beta:G4}, standard error {v.StandardError:G4}): the model cannot estimate β from these searches ({v.BlackWhenLight.Of:N0} in daylight, {v.BlackWhenDark.Of:N0} in darkness). They are given as null, not worked out; read nothing into this test for these months."));
        }
        else if (v.Beta is { } b && v.Low is { } lo && v.High is { } hi && v.NotFitted is null)
        {
            notes.Add(hi < 0
                ? Text($"β = {b:F3} ({lo:F3} to {hi:F3}): Black people were a smaller share of those searched after dark than at the same clock times in daylight, which is what the test reads as a sign of bias.")
                : lo > 0
                    ? Text($"β = {b:F3} ({lo:F3} to {hi:F3}): Black people were a larger share of those searched after dark than at the same clock times in daylight: no sign of the bias the test looks for.")
                    : Text($"β = {b:F3} ({lo:F3} to {hi:F3}): the interval covers zero: no clear difference between darkness and daylight."));
        }

        return notes;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
