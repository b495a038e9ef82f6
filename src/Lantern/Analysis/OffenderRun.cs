using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Harm;
using Lantern.Core.Offenders;
using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Analysis;

/// <summary>
/// Scores the offenders in the store and keeps the result (docs/offenders.md): the run is recorded twice, as an
/// analysis run holding only aggregates (parameters, inputs, versions, power few, the suspect population's composition)
/// and as an offender score run holding the person-level scores of its list, which retention can erase. Every view of
/// person-level data needs a justification and is audited (DPA 2018 s.62). Bad input throws <see cref="CliException"/>.
/// </summary>
internal static partial class OffenderRun
{
    public const string Kind = "offenders";

    /// <summary>A list's composition is shown as an aggregate only when it has this many people; below it, the characteristics could tell who is on it.</summary>
    public const int SmallList = 10;

    public static OffenderRunResult Score(LanternStore store, OffenderScoreRequest request, DateTimeOffset now, string? client)
    {
        string justification = Justified(request.Justification);
        var choices = new List<string>();
        HarmScoringOptions options = Options(request, now, choices);
        if (request.Top is < 1 or > 10_000)
        {
            throw new CliException("--top must be between 1 and 10,000", ExitCodes.Usage);
        }

        AreaPopulation? area = request.AreaPopulationFile is null ? null : OffenderTables.ReadAreaPopulation(request.AreaPopulationFile);
        OffenderArea.Resolved census = OffenderArea.Resolve(store, request.Area);
        (OffenderData data, PersonDemographics demographics) = OffenderStore.Load(store);
        if (data.RecordCount == 0)
        {
            throw new CliException("no offender records in the store: import an offender records export first ('lantern offenders import FILE')");
        }

        OffenderScoring scoring = OffenderScorer.Score(data, options);
        int[] top = [.. scoring.Ranking.Take(request.Top)];
        int[] wanted = [.. scoring.TopWanted(request.Top).Select(s => scoring.IndexOf(s.PersonId))];
        string[] suspectIds = [.. scoring.Ranking.Select(p => data.PersonIds[p])];
        GroupComposition suspects = GroupComposition.Of(suspectIds, demographics);
        PowerFewReport few = scoring.PowerFew();
        (long people, long records, long imports) = OffenderStore.Counts(store);
        string parameters = JsonSerializer.Serialize(new
        {
            asOf = options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            windowDays = options.WindowDays,
            offenceSet = options.Offences.Entries,
            halfLifeDays = options.HalfLifeDays,
            // A file's text is kept with the run, so that retention re-scores with exactly the tables the run was made with.
            weights = new { options.Weights.Version, options.Weights.Source, file = request.WeightsFile, text = OffenderTables.TextOf(request.WeightsFile) },
            groups = new { options.Groups.Version, options.Groups.Source, file = request.GroupsFile, text = OffenderTables.TextOf(request.GroupsFile) },
            bands = new { options.Bands.Version, options.Bands.Source, file = request.BandsFile, text = OffenderTables.TextOf(request.BandsFile) },
            top = request.Top,
            areaPopulation = area?.Source,
            area = request.Area,
        }, JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new { database = store.Name, people, records, imports, areaBenchmark = OffenderArea.Record(census) },
            JsonOutput.Options);
        string result = JsonSerializer.Serialize(new
        {
            ranked = scoring.RankedCount,
            listSize = top.Length,
            wantedListed = wanted.Length,
            powerFew = few,
            suspectComposition = suspects.Rows.Select(r => new { attribute = r.Attribute, group = r.Group, people = r.People }),
            automaticChoices = choices,
        }, JsonOutput.Options);
        long analysis = AnalysisRun.Record(store, Kind, null, request.By, LanternCli.Version, now, parameters, inputs, result);
        long runId = OffenderStore.SaveRun(store, scoring, top.Length, wanted, analysis, request.By, now);
        AuditEntry.Append(store, now, request.By, "offender-score", $"offender run {runId}", justification,
            string.Create(CultureInfo.InvariantCulture, $"{{\"analysisRun\": {analysis}, \"listed\": {top.Length}, \"wanted\": {wanted.Length}}}"), client);
        StoredScoreRun run = OffenderStore.Run(store, runId)!; // just written
        return Result(store, run, request.Top, few, area, census, choices);
    }

    /// <summary>A stored run's list (or the managed list) with the fairness report beside it; audited as a view.</summary>
    public static OffenderRunResult List(LanternStore store, long? runId, int top, string by, string? justification, DateTimeOffset now, string? client,
        string? areaPopulationFile = null, string? censusArea = null)
    {
        string why = Justified(justification);
        StoredScoreRun run = FindRun(store, runId);
        AreaPopulation? area = areaPopulationFile is null ? null : OffenderTables.ReadAreaPopulation(areaPopulationFile);
        OffenderArea.Resolved census = CensusOf(store, run, censusArea);
        OffenderRunResult r = Result(store, run, top, PowerFewOf(store, run), area, census, []);
        AuditEntry.Append(store, now, by, "offender-list", $"offender run {run.Id}", why,
            JsonSerializer.Serialize(new { shown = r.List.Count, wanted = r.Wanted.Count, area = census.Benchmark?.Source }), client);
        return r;
    }

    /// <summary>One person's kept score and explanation; audited as a view.</summary>
    public static StoredScore Explain(LanternStore store, long? runId, string personId, string by, string? justification, DateTimeOffset now, string? client)
    {
        string why = Justified(justification);
        StoredScoreRun run = FindRun(store, runId);
        StoredScore score = OffenderStore.Score(store, run.Id, personId)
            ?? throw new CliException($"run {run.Id} keeps no score of {personId}: only its list and wanted list are kept ('lantern offenders list')");
        AuditEntry.Append(store, now, by, "offender-explain", personId, why, string.Create(CultureInfo.InvariantCulture, $"{{\"run\": {run.Id}}}"), client);
        return score;
    }

    public static StoredScoreRun FindRun(LanternStore store, long? runId) =>
        (runId is { } id ? OffenderStore.Run(store, id) : OffenderStore.LatestRun(store))
        ?? throw new CliException(runId is null ? "no offender scoring yet: run 'lantern offenders score' first" : $"no offender scoring numbered {runId}");

    /// <summary>A justification is required for every view, search, export and decision of person-level data (DPA 2018 s.62).</summary>
    public static string Justified(string? justification) =>
        string.IsNullOrWhiteSpace(justification) || justification.Trim().Length < 5
            ? throw new CliException("a justification is required to see or act on person-level offender data (DPA 2018 s.62): say why, e.g. " +
                "--justification \"monthly V100 review, DA strategy board\"", ExitCodes.Usage)
            : justification.Trim();

    /// <summary>The census benchmark of a view of a run: the area asked for, else the one the run was scored with, else the default.</summary>
    public static OffenderArea.Resolved CensusOf(LanternStore store, StoredScoreRun run, string? area) =>
        OffenderArea.Resolve(store, area, OffenderArea.RecordedArea(AnalysisRun.Find(store, run.AnalysisRunId)?.Inputs));

    private static OffenderRunResult Result(LanternStore store, StoredScoreRun run, int top, PowerFewReport? few, AreaPopulation? area,
        OffenderArea.Resolved census, IReadOnlyList<string> choices)
    {
        IReadOnlyList<StoredScore> list = OffenderStore.Scores(store, run.Id, top);
        IReadOnlyList<StoredScore> wanted = OffenderStore.Scores(store, run.Id, top, wantedOnly: true);
        PersonDemographics demographics = OffenderStore.Demographics(store);
        FairnessReport fairness = FairnessReport.Compute(GroupComposition.Of([.. list.Select(s => s.PersonId)], demographics), SuspectComposition(store, run), area,
            census.Benchmark) with { CensusNote = census.Note };
        return new OffenderRunResult(run, list, wanted, fairness, few, choices);
    }

    private static HarmScoringOptions Options(OffenderScoreRequest r, DateTimeOffset now, List<string> choices)
    {
        DateOnly asOf;
        if (r.AsOf is null)
        {
            asOf = UkTime.DateOf(now);
            choices.Add($"The window ends today, {asOf:yyyy-MM-dd} (UK): give --as-of to choose.");
        }
        else if (!DateOnly.TryParseExact(r.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            throw new CliException($"--as-of '{r.AsOf}' is not a date (yyyy-MM-dd)", ExitCodes.Usage);
        }

        OffenceGroupTable groups = r.GroupsFile is null ? OffenceGroupTable.Default : OffenderTables.Read(r.GroupsFile, OffenceGroupTable.Parse);
        OffenceSet set = OffenceSet.Default;
        if (r.Offences is not null)
        {
            set = OffenceSet.Parse(r.Offences, groups, out string? error) ?? throw new CliException("--offences: " + error, ExitCodes.Usage);
        }

        var options = new HarmScoringOptions
        {
            AsOf = asOf,
            WindowDays = r.WindowDays ?? HarmScoringOptions.DefaultWindowDays,
            Offences = set,
            Groups = groups,
            Weights = r.WeightsFile is null ? HarmTable.ByOffenceCode : OffenderTables.ReadHarm(r.WeightsFile),
            Bands = r.BandsFile is null ? RfgBands.Default : OffenderTables.Read(r.BandsFile, RfgBands.Parse),
            HalfLifeDays = r.HalfLifeDays,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new CliException(e.ParamName switch
            {
                nameof(HarmScoringOptions.WindowDays) => "--window must be between 1 and 3,650 days",
                _ => "--half-life must be a positive number of days",
            }, ExitCodes.Usage);
        }

        return options;
    }
}
