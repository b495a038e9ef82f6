using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Searches inside the day's published tasking places against searches outside them (docs/stop-search.md, issue #4):
/// the share inside and the find, arrest and positive outcome rates of each with Wilson intervals and the Newcombe
/// difference; recorded as a run.
/// </summary>
internal static class TaskedPlacesRun
{
    public const string Kind = "stopsearch-places";

    public static (TaskedPlaces Places, string Force, YearMonth From, YearMonth To, long Read, int PublishedDays, IReadOnlyList<string> Notes,
        IReadOnlyList<string> Choices, RecordedRun Run) Compute(LanternStore store, string? givenForce, string? givenFrom, string? givenTo, string user,
        TimeProvider time, bool record = true)
    {
        var choices = new List<string>();
        (string force, YearMonth from, YearMonth to) = StopSearchRun.ResolvePeriod(store, givenForce, givenFrom, givenTo, choices);
        var builder = new TaskedPlacesBuilder();
        (long read, int publishedDays) = TaskedPlacesQuery.Load(store, new StopSearchSelection(force, from, to), builder);
        TaskedPlaces p = builder.Build();
        var notes = new List<string>();
        if (publishedDays == 0)
        {
            notes.Add($"{force} published no tasking for any day of {from}..{to}, so no search can be inside or outside a tasked place. " +
                "Publish the day's tasking on the web (Tasking page) first.");
        }

        if (read == 0)
        {
            notes.Add($"No searches of {force} in {from}..{to} are in the database: see 'lantern coverage'.");
        }
        else if (p.Measure == OutcomeTestMeasure.PositiveOutcomeRate)
        {
            notes.Add("The force never records whether the outcome was linked to the object of the search, so the comparison uses the " +
                "positive outcome rate (any outcome other than no further action) instead of the find rate.");
        }

        if (p.NoPublication > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{p.NoPublication:N0} searches were on UK days with no published tasking: neither inside nor outside, counted apart."));
        }

        if (p.NoCoordinates > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{p.NoCoordinates:N0} searches on days with a published tasking have no coordinates: they cannot be placed, counted apart."));
        }

        string parameters = JsonSerializer.Serialize(new { force, from = from.ToString(), to = to.ToString() }, JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new { database = store.Name, searchesRead = read, publishedDays, automaticChoices = choices },
            JsonOutput.Options);
        string result = JsonSerializer.Serialize(new
        {
            measure = p.Measure,
            insideShare = p.InsideShare,
            inside = p.Inside,
            outside = p.Outside,
            difference = new
            {
                measure = ProportionDifference.Between(p.Compared(p.Inside), p.Compared(p.Outside)),
                find = ProportionDifference.Between(p.Inside.Find, p.Outside.Find),
                arrest = ProportionDifference.Between(p.Inside.Arrest, p.Outside.Arrest),
                positive = ProportionDifference.Between(p.Inside.Positive, p.Outside.Positive),
            },
            noPublication = p.NoPublication,
            noCoordinates = p.NoCoordinates,
            notes,
        }, JsonOutput.Options);
        long run = record ? AnalysisRun.Record(store, Kind, force, user, LanternCli.Version, time.GetUtcNow(), parameters, inputs, result) : 0;
        return (p, force, from, to, read, publishedDays, notes, choices, new RecordedRun(run, parameters, inputs, result));
    }
}
