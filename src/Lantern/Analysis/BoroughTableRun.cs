using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Geography;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Every borough of a force at once (docs/stop-search.md): searches, the find rate (or the positive outcome rate where the
/// force never records finds) and, against each borough's own census residents, the rate per 1,000 of each ethnic group
/// and its ratio to White with 95% intervals. One read of the force's searches places each in a borough; each borough's
/// figures are the summary's own (<see cref="StopSearchSummaryBuilder"/>), as <c>stopsearch summary --area</c> gives them
/// one at a time. Recorded as a run.
/// </summary>
internal static class BoroughTableRun
{
    public const string Kind = "stopsearch-boroughs";

    private const string Level = "borough";

    public static BoroughTableResult Compute(LanternStore store, StopSearchRequest request, TimeProvider time)
    {
        if (request.Area is not null)
        {
            throw new CliException("The borough table is of every borough: it takes no area", ExitCodes.Usage);
        }

        var choices = new List<string>();
        (string force, YearMonth from, YearMonth to) = StopSearchRun.ResolvePeriod(store, request.Force, request.From, request.To, choices);
        HashSet<Legislation>? powers = StopSearchRun.ParsePowers(request.Legislation);
        EthnicityBasis basis = StopSearchRun.ParseBasis(request.Ethnicity, EthnicityBasis.SelfDefined);
        string? census = StopSearchRun.ParseCensus(request.Census);
        IReadOnlyList<StoredArea> boroughs = AreaStore.Load(store, Level);
        if (boroughs.Count == 0)
        {
            throw new CliException($"No borough boundaries in {store.Name}: import them with 'lantern areas import --level borough FILE'.");
        }

        // One census for every borough, so that their rates compare: the one asked for, else the force's (the newest
        // with its residents), else each borough's newest.
        (AreaResidents? forceResidents, IReadOnlyList<string> forceReasons) = PopulationQuery.Find(store, "force", force, census);
        string? chosen = census ?? forceResidents?.Census;
        if (census is null && chosen is not null)
        {
            choices.Add($"census: {PopulationQuery.Describe(chosen)} for every borough (the newest with the force's residents)");
        }

        var residents = new AreaResidents?[boroughs.Count];
        var reasons = new List<string>();
        for (int i = 0; i < boroughs.Count; i++)
        {
            (residents[i], IReadOnlyList<string> why) = PopulationQuery.Find(store, Level, boroughs[i].Code, chosen);
            reasons.AddRange(why);
        }

        var builders = boroughs.Select((b, i) => new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to) { Basis = basis, Residents = residents[i]?.Groups }))
            .ToArray();
        var whole = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to) { Basis = basis, Residents = forceResidents?.Groups });
        AreaIndex index = new(boroughs.Select(b => (b.Code, b.Geometry)));
        StopSearchLoad load = StopSearchQuery.LoadByArea(store, new StopSearchSelection(force, from, to, powers), (e, n) => index.Locate(new BngPoint(e, n)),
            builders, whole);
        StopSearchSummary forceSummary = whole.Build();
        var rows = new List<BoroughRow>(boroughs.Count);
        for (int i = 0; i < boroughs.Count; i++)
        {
            rows.Add(new BoroughRow(boroughs[i].Code, boroughs[i].Name, builders[i].Build(), residents[i]));
        }

        List<string> notes = Notes(force, forceSummary, rows, load, powers, reasons);
        string parameters = JsonSerializer.Serialize(new
        {
            force,
            from = from.ToString(),
            to = to.ToString(),
            level = Level,
            legislation = powers?.Order().Select(StopSearchVocabulary.Slug),
            ethnicity = basis == EthnicityBasis.SelfDefined ? "self" : "officer",
            census,
        }, JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new
        {
            database = store.Name,
            searchesRead = load.Read,
            placed = load.Counted,
            otherPowers = load.OtherPowers,
            outsideEveryBorough = load.OutsideArea,
            withoutCoordinates = load.Unplaced,
            boroughs = boroughs.Count,
            forceDenominators = StopSearchJson.Denominators(forceResidents),
            forceDenominatorsPassedOver = forceReasons,
            automaticChoices = choices,
        }, JsonOutput.Options);
        var result = new BoroughTableResult(force, forceSummary, forceResidents, rows, load, notes, choices, 0, parameters, inputs, string.Empty);
        string resultJson = JsonSerializer.Serialize(Json(result), JsonOutput.Options);
        long run = request.Record ? AnalysisRun.Record(store, Kind, force, request.By, LanternCli.Version, time.GetUtcNow(), parameters, inputs, resultJson) : 0;
        return result with { RunId = run, ResultJson = resultJson };
    }

    private static object Json(BoroughTableResult r) => new
    {
        from = r.Summary.From.ToString(),
        to = r.Summary.To.ToString(),
        ethnicityBasis = r.Summary.Options.Basis == EthnicityBasis.SelfDefined ? "self-defined" : "officer-defined",
        measure = r.Summary.OutcomeTest.Measure,
        force = new
        {
            searches = r.Summary.Total.Searches,
            withoutLocation = r.Summary.WithoutLocation,
            rates = r.Summary.Total,
            unknownEthnicity = r.Summary.UnknownEthnicity,
            disproportionality = r.Summary.Disproportionality,
        },
        boroughs = r.Rows.Select(b => new
        {
            code = b.Code,
            name = b.Name,
            searches = b.Summary.Total.Searches,
            rates = b.Summary.Total,
            measureRate = b.Measure(r.Summary.OutcomeTest.Measure),
            denominators = b.Residents is { } res ? new { census = res.Census, method = res.Method, total = res.Groups.Total } : null,
            searchesByGroup = new
            {
                white = b.Summary.BasisSearches.White,
                black = b.Summary.BasisSearches.Black,
                asian = b.Summary.BasisSearches.Asian,
                mixed = b.Summary.BasisSearches.Mixed,
                other = b.Summary.BasisSearches.Other,
                unknown = b.Summary.UnknownEthnicity,
            },
            disproportionality = b.Summary.Disproportionality,
        }),
        outsideEveryBorough = r.Load.OutsideArea,
        withoutCoordinates = r.Load.Unplaced,
        notes = r.Notes,
    };

    private static List<string> Notes(string force, StopSearchSummary whole, List<BoroughRow> rows, StopSearchLoad load, HashSet<Legislation>? powers,
        List<string> reasons)
    {
        // The force's notes (missing and partial months, blank fields) hold for every borough; the per-borough ones would repeat them.
        var notes = whole.Notes.Where(n => !n.Contains("have no coordinates", StringComparison.Ordinal)).ToList();
        if (load.Unplaced > 0)
        {
            notes.Add(Text($"{load.Unplaced:N0} searches have no coordinates, so cannot be placed in a borough: they are in the force's figures, not in any borough's."));
        }

        if (load.OutsideArea > 0)
        {
            notes.Add(Text($"{load.OutsideArea:N0} searches lie outside every imported borough (the force's files carry some from elsewhere): in the force's figures only."));
        }

        if (powers is not null)
        {
            notes.Add(Text($"Only searches under {string.Join(", ", powers.Order().Select(StopSearchVocabulary.Slug))}: {load.OtherPowers:N0} under other powers left out."));
        }

        var without = rows.Where(r => r.Residents is null).Select(r => r.Code).ToList();
        if (without.Count > 0)
        {
            notes.Add($"No census residents for {without.Count} borough(s) ({string.Join(", ", without.Take(8))}{(without.Count > 8 ? ", ..." : "")}), so no rates " +
                $"per 1,000 or ratios for them: {reasons.FirstOrDefault() ?? "none imported"}. See 'lantern population list' and docs/stop-search.md.");
        }

        if (rows.Select(r => r.Residents?.Census).OfType<string>().Distinct().Count() > 1)
        {
            notes.Add("The boroughs' residents come from different censuses: their rates do not compare.");
        }

        notes.Add($"Searches are placed in a borough by their coordinates, which data.police.uk moves to a nearby anonymous point on the street map: " +
            $"a search near a boundary may be counted in the next borough. Residents are where people live, not where {force} searches them.");
        return notes;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
