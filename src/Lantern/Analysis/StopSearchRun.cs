using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Formats.Population;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Makes a stop-and-search summary from the store (docs/stop-search.md): resolves the request, finds the census
/// denominators of the force or area, streams the searches into the summary and records the run with its parameters,
/// inputs and version. Bad input throws <see cref="CliException"/> with a message for the user.
/// </summary>
internal static class StopSearchRun
{
    public const string Kind = "stopsearch";

    public static StopSearchResult Compute(LanternStore store, StopSearchRequest request, TimeProvider time)
    {
        var choices = new List<string>();
        (string force, YearMonth from, YearMonth to) = ResolvePeriod(store, request.Force, request.From, request.To, choices);
        IReadOnlySet<Legislation>? powers = ParsePowers(request.Legislation);
        EthnicityBasis basis = ParseBasis(request.Ethnicity, EthnicityBasis.SelfDefined);
        string? census = ParseCensus(request.Census);

        StoredArea? area = request.Area is null ? null : AnalysisInputs.FindArea(store, request.Area);
        (AreaResidents? residents, IReadOnlyList<string> reasons) = area is null
            ? PopulationQuery.Find(store, "force", force, census)
            : PopulationQuery.Find(store, area.Level, area.Code, census);

        var options = new StopSearchSummaryOptions(from, to) { Basis = basis, Residents = residents?.Groups };
        var builder = new StopSearchSummaryBuilder(options);
        StopSearchLoad load = StopSearchQuery.Load(store, new StopSearchSelection(force, from, to, powers), builder, area);
        StopSearchSummary summary = builder.Build();

        var notes = new List<string>(summary.Notes);
        if (residents is null)
        {
            notes.Add($"No census residents for {(area is null ? $"force {force}" : $"{area.Level} {area.Code}")}, so no rates per 1,000 or ratios: " +
                string.Join("; ", reasons) + ". See 'lantern population list' and docs/stop-search.md.");
        }

        if (area is not null && load.Unplaced > 0)
        {
            notes.Add(Text($"{load.Unplaced:N0} searches of {force} in these months have no coordinates, so cannot be placed in {area.Code}: they are not in these figures (they are in the force's)."));
        }

        if (powers is not null)
        {
            notes.Add(Text($"Only searches under {string.Join(", ", powers.Order().Select(StopSearchVocabulary.Slug))}: {load.OtherPowers:N0} under other powers left out."));
        }

        string parameters = JsonSerializer.Serialize(new
        {
            force,
            from = from.ToString(),
            to = to.ToString(),
            area = area?.Code,
            legislation = powers?.Order().Select(StopSearchVocabulary.Slug),
            ethnicity = basis == EthnicityBasis.SelfDefined ? "self" : "officer",
            census,
        }, JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new
        {
            database = store.Name,
            searchesRead = load.Read,
            searchesCounted = load.Counted,
            otherPowers = load.OtherPowers,
            outsideArea = load.OutsideArea,
            unplaced = load.Unplaced,
            area = area is null ? null : new { area.Level, area.Code, area.Name },
            denominators = StopSearchJson.Denominators(residents),
            denominatorsPassedOver = reasons,
            automaticChoices = choices,
        }, JsonOutput.Options);
        string result = JsonSerializer.Serialize(StopSearchJson.Summary(summary, notes), JsonOutput.Options);
        long run = request.Record ? AnalysisRun.Record(store, Kind, force, request.By, LanternCli.Version, time.GetUtcNow(), parameters, inputs, result) : 0;
        return new StopSearchResult(summary, force, area, residents, reasons, load, notes, choices, run, parameters, inputs, result);
    }

    /// <summary>
    /// The force (the only one with searches when not given) and months (default: the 12 months to the latest month with
    /// searches, or from the first if later) of a stop-and-search figure; what was chosen automatically goes into <paramref name="choices"/>.
    /// </summary>
    public static (string Force, YearMonth From, YearMonth To) ResolvePeriod(LanternStore store, string? givenForce, string? givenFrom, string? givenTo,
        List<string> choices)
    {
        string force = ResolveForce(store, givenForce, choices);
        YearMonth to = HotspotsCommand.Month(givenTo, "--to") ?? StopSearchQuery.LatestMonth(store, force)
            ?? throw new CliException($"No stop-and-search data for {force} in {store.Name}: import its files first ('lantern import <path>').");
        YearMonth from = HotspotsCommand.Month(givenFrom, "--from") ?? Later(to.PlusMonths(-11), StopSearchQuery.FirstMonth(store, force));
        if (givenTo is null)
        {
            choices.Add($"to: {to} (the latest month with searches)");
        }

        if (givenFrom is null)
        {
            choices.Add($"from: {from} (12 months ending --to, or the first month with searches if later)");
        }

        if (from > to)
        {
            throw new CliException("--from is after --to", ExitCodes.Usage);
        }

        if (to.Index - from.Index >= 240)
        {
            throw new CliException("--from and --to may span at most 240 months", ExitCodes.Usage);
        }

        return (force, from, to);
    }

    /// <summary>"self" or "officer" (null: <paramref name="fallback"/>).</summary>
    public static EthnicityBasis ParseBasis(string? text, EthnicityBasis fallback) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => fallback,
        "self" => EthnicityBasis.SelfDefined,
        "officer" => EthnicityBasis.OfficerDefined,
        _ => throw new CliException($"--ethnicity must be self or officer, not '{text}'", ExitCodes.Usage),
    };

    private static string ResolveForce(LanternStore store, string? given, List<string> choices)
    {
        if (ForceOption.Resolve(given) is { } slug)
        {
            return slug;
        }

        IReadOnlyList<string> forces = StopSearchQuery.ForceList(store);
        switch (forces.Count)
        {
            case 0:
                throw new CliException($"{store.Name} holds no stop-and-search data: import some first ('lantern import <path>').");
            case 1:
                choices.Add($"force: {forces[0]} (the only force with stop-and-search data)");
                return forces[0];
            default:
                throw new CliException($"The database holds stop and search of several forces ({string.Join(", ", forces)}): choose one with --force.", ExitCodes.Usage);
        }
    }

    /// <summary>"2021" or "2011" (or the census's stored name); null or blank: none chosen.</summary>
    public static string? ParseCensus(string? text) => text?.Trim() switch
    {
        null or "" => null,
        "2021" or PopulationFileReader.Census2021 => PopulationFileReader.Census2021,
        "2011" or PopulationFileReader.Census2011 => PopulationFileReader.Census2011,
        _ => throw new CliException($"--census must be 2021 or 2011, not '{text}'", ExitCodes.Usage),
    };

    /// <summary>Comma-separated powers (slugs or short names); null or blank: all.</summary>
    public static HashSet<Legislation>? ParsePowers(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var set = new HashSet<Legislation>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            set.Add(StopSearchVocabulary.TryParseLegislation(part, out Legislation l)
                ? l
                : throw new CliException($"--legislation: '{part}' is not a power. Known: {string.Join(", ", StopSearchVocabulary.LegislationSlugs)} (or s1, s23, s60)",
                    ExitCodes.Usage));
        }

        return set;
    }

    private static YearMonth Later(YearMonth a, YearMonth? b) => b is { } m && m > a ? m : a;

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
