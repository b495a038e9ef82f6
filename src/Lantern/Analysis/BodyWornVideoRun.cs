using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Geography;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Body-worn video use from a force's stop-and-search exports (docs/stop-search.md): the share of searches recorded,
/// overall and by team or area, with Wilson intervals, and the reasons given when not; recorded as a run.
/// </summary>
internal static class BodyWornVideoRun
{
    public const string Kind = "stopsearch-bwv";

    public static (BodyWornVideoGroup Total, IReadOnlyList<BodyWornVideoGroup> Groups, string Force, YearMonth From, YearMonth To, string By,
        IReadOnlyList<string> Notes, IReadOnlyList<string> Choices, RecordedRun Run) Compute(
        LanternStore store, string? givenForce, string? givenFrom, string? givenTo, string? by, string? areaLevel, string user, TimeProvider time,
        bool record = true)
    {
        var choices = new List<string>();
        (string force, YearMonth from, YearMonth to) = StopSearchRun.ResolvePeriod(store, givenForce, givenFrom, givenTo, choices);
        string grouping = by?.Trim().ToLowerInvariant() ?? "team";
        string level = areaLevel?.Trim().ToLowerInvariant() ?? "borough";
        Func<string?, double?, double?, string?> group;
        if (grouping == "team")
        {
            group = (team, _, _) => team;
        }
        else if (grouping == "area")
        {
            if (!AreaStore.Levels.Contains(level))
            {
                throw new CliException($"--area-level must be one of {string.Join(", ", AreaStore.Levels)}, not '{areaLevel}'", ExitCodes.Usage);
            }

            AreaIndex index = AreaStore.Index(store, level)
                ?? throw new CliException($"--by area: no {level} boundaries in {store.Name}. Import them with 'lantern areas import --level {level} FILE'.");
            IReadOnlyDictionary<string, string?> names = AreaStore.Names(store);
            group = (_, e, n) => e is { } x && n is { } y
                ? index.CodeOf(new BngPoint(x, y)) is { } code ? $"{names.GetValueOrDefault(code) ?? code} ({code})" : $"(outside every {level})"
                : "(no coordinates)";
        }
        else
        {
            throw new CliException($"--by must be team or area, not '{by}'", ExitCodes.Usage);
        }

        var report = new BodyWornVideoReport();
        (long exported, long published) = BodyWornVideoQuery.Load(store, new StopSearchSelection(force, from, to), report, group);
        (BodyWornVideoGroup total, IReadOnlyList<BodyWornVideoGroup> groups) = report.Build();
        var notes = new List<string>();
        if (exported == 0)
        {
            notes.Add($"No searches of {force} in {from}..{to} come from a stop-and-search force export, so there is nothing to say about body-worn video: " +
                "data.police.uk does not publish it. Import the force's export (docs/formats.md).");
        }

        if (published > 0)
        {
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{published:N0} searches from data.police.uk files have no body-worn video field and are not in these figures."));
        }

        if (total.NotSaid > 0)
        {
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{total.NotSaid:N0} exported searches do not say whether body-worn video was on: left out of the shares, counted apart."));
        }

        string parameters = JsonSerializer.Serialize(new { force, from = from.ToString(), to = to.ToString(), by = grouping, areaLevel = grouping == "area" ? level : null },
            JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new { database = store.Name, exportedSearches = exported, publishedSearchesPassedOver = published, automaticChoices = choices },
            JsonOutput.Options);
        string result = JsonSerializer.Serialize(new { total = Json(total), groups = groups.Select(Json), notes }, JsonOutput.Options);
        long run = record ? AnalysisRun.Record(store, Kind, force, user, LanternCli.Version, time.GetUtcNow(), parameters, inputs, result) : 0;
        return (total, groups, force, from, to, grouping, notes, choices, new RecordedRun(run, parameters, inputs, result));
    }

    private static object Json(BodyWornVideoGroup g) => new
    {
        name = g.Name,
        searches = g.Searches,
        recorded = g.Recorded,
        notSaid = g.NotSaid,
        reasonsWhenNot = g.Reasons.Select(r => new { reason = r.Key, searches = r.Value }),
    };
}
