using System.Globalization;
using System.Text;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.StopSearch;
using Lantern.Core.StopSearch.Section60;
using Lantern.Core.Time;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Store;
using NetTopologySuite.Geometries;

namespace Lantern.Analysis;

/// <summary>
/// One authorisation's searches (docs/stop-search.md): the s.60 searches with coordinates inside its locality from its
/// start to its effective end (half-open: a search at the end instant is not under it), plus any the force's data names
/// as under it; what came of them, with Wilson intervals, beside s.1 PACE searches of the same place and period, and the
/// difference with Newcombe's interval. Recorded as a run (kind <c>section60</c>). Aggregates only: no search is listed.
/// </summary>
internal static class Section60Report
{
    public const string Kind = "section60";

    /// <summary>Fields shown by breakdown, in this order.</summary>
    public static readonly string[] Breakdowns = ["outcome", "objectOfSearch", "selfDefinedEthnicity", "officerDefinedEthnicity", "ageRange", "gender"];

    /// <summary>Below this many searches a breakdown's row is withheld from those who may see aggregates only (scrutiny panels).</summary>
    public const int SmallNumber = 5;

    /// <summary>The report of the authorisation a force and reference name; an unknown reference throws <see cref="CliException"/>.</summary>
    public static Section60ReportResult Compute(LanternStore store, string? force, string? reference, string by, DateTimeOffset now)
    {
        var problems = new List<Section60Problem>();
        Section60Row row = Section60Register.Find(store, force, reference, problems) ?? throw new CliException(problems[0].Message);
        return Compute(store, row, by, now);
    }

    /// <summary>The report of a register entry, recorded as a run by <paramref name="by"/>.</summary>
    public static Section60ReportResult Compute(LanternStore store, Section60Row row, string by, DateTimeOffset now)
    {
        Section60Authorisation a = row.ToAuthorisation();
        Geometry area = GeoJsonPolygon.Read(Encoding.UTF8.GetBytes(row.AreaGeoJson), $"{row.Reference}'s locality").Area
            ?? throw new InvalidDataException($"The stored locality of {row.Force} {row.Reference} cannot be read.");
        var inside = new StoredArea("section60", row.Reference, row.Locality, area);

        DateTimeOffset start = a.Start, end = a.EffectiveEnd;
        YearMonth from = UkTime.MonthOf(start), to = end > start ? UkTime.MonthOf(end.AddTicks(-1)) : from;
        (DateTimeOffset, DateTimeOffset) window = (start, end);
        var s60Builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to));
        StopSearchLoad s60Load = StopSearchQuery.Load(store,
            new StopSearchSelection(a.Force, from, to, new HashSet<Legislation> { Legislation.CjpoaSection60 }) { Window = window, Operation = a.Reference },
            s60Builder, inside);
        var paceBuilder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to));
        StopSearchLoad paceLoad = StopSearchQuery.Load(store,
            new StopSearchSelection(a.Force, from, to, new HashSet<Legislation> { Legislation.PaceSection1 }) { Window = window }, paceBuilder, inside);
        StopSearchSummary s60 = s60Builder.Build(), pace = paceBuilder.Build();

        var notes = new List<string>();
        string coverage = Coverage(s60, start, end, notes);
        IReadOnlyList<string> overlaps = Overlaps(store, row, a, area, notes);
        Notes(a, s60, s60Load, pace, notes);

        string parameters = JsonSerializer.Serialize(new { force = a.Force, reference = a.Reference }, JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new
        {
            database = store.Name,
            authorisation = Section60Json.Authorisation(row, now, withArea: false),
            areaSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(row.AreaGeoJson))),
            window = new { start = window.Item1, end = window.Item2, months = $"{from}..{to}" },
            attribution = "s.60 searches with coordinates inside the locality, at or after the start and before the effective end; " +
                "and any whose policing operation is the authorisation's reference",
            section60SearchesRead = s60Load.Read,
            paceSearchesRead = paceLoad.Read,
        }, JsonOutput.Options);
        var result = new Section60ReportResult(row, a, s60, s60Load, pace, paceLoad, coverage, overlaps, notes, 0, parameters, inputs, string.Empty);
        string resultJson = JsonSerializer.Serialize(Result(result, suppressSmall: false), JsonOutput.Options);
        long run = AnalysisRun.Record(store, Kind, a.Force, by, LanternCli.Version, now, parameters, inputs, resultJson);
        return result with { RunId = run, ResultJson = resultJson };
    }

    /// <summary>
    /// The whole report as the CLI's <c>--json</c> and the API give it: the run, the authorisation with its locality, the
    /// run's parameters and inputs, and the figures (with <paramref name="suppressSmall"/>, small breakdown rows withheld).
    /// </summary>
    public static string Document(Section60ReportResult r, DateTimeOffset now, bool suppressSmall)
    {
        using JsonDocument parameters = JsonDocument.Parse(r.ParametersJson), inputs = JsonDocument.Parse(r.InputsJson);
        using JsonDocument result = JsonDocument.Parse(suppressSmall ? JsonSerializer.Serialize(Result(r, suppressSmall: true), JsonOutput.Options) : r.ResultJson);
        return JsonSerializer.Serialize(new
        {
            run = r.RunId,
            lanternVersion = LanternCli.Version,
            authorisation = Section60Json.Authorisation(r.Row, now, withArea: true),
            parameters = parameters.RootElement,
            inputs = inputs.RootElement,
            result = result.RootElement,
        }, JsonOutput.Options);
    }

    /// <summary>
    /// The figures as JSON. With <paramref name="suppressSmall"/>, breakdown rows of 1 to 4 searches are withheld, and the
    /// next smallest too when only one would be (else it could be worked out from the total): for scrutiny panels.
    /// </summary>
    public static object Result(Section60ReportResult r, bool suppressSmall) => new
    {
        coverage = r.Coverage,
        months = r.Section60.Months.Select(m => new { month = m.Month.ToString(), status = m.Status, firstDay = m.FirstDay, lastDay = m.LastDay }),
        section60 = new
        {
            searches = r.Section60.Total.Searches,
            rates = r.Section60.Total,
            byReference = r.Section60Load.ByOperation,
            byReferenceOutsideTimeOrPlace = r.Section60Load.OperationElsewhere,
            periodOutsideLocality = r.Section60Load.OutsideArea,
            periodWithoutCoordinates = r.Section60Load.Unplaced,
            breakdowns = Breakdowns.ToDictionary(f => f, f => Rows(r.Section60.Breakdowns[f], suppressSmall)),
        },
        pace = new
        {
            searches = r.Pace.Total.Searches,
            rates = r.Pace.Total,
            breakdowns = Breakdowns.ToDictionary(f => f, f => Rows(r.Pace.Breakdowns[f], suppressSmall)),
        },
        comparison = new
        {
            basis = "section 60 minus s.1 PACE, in the same locality and period",
            find = Difference(r.Section60.Total.Find, r.Pace.Total.Find),
            arrest = Difference(r.Section60.Total.Arrest, r.Pace.Total.Arrest),
            positive = Difference(r.Section60.Total.Positive, r.Pace.Total.Positive),
        },
        overlaps = r.Overlaps,
        suppressed = suppressSmall ? $"breakdown rows of 1 to {SmallNumber - 1} searches are withheld" : null,
        notes = r.Notes,
    };

    private static object Difference(Proportion s60, Proportion pace) => new { section60 = s60, pace, difference = ProportionDifference.Between(s60, pace) };

    /// <summary>
    /// A breakdown's rows; with <paramref name="suppressSmall"/>, those of 1 to 4 searches are withheld, and the next
    /// smallest too when only one would be (else it could be worked out from the total).
    /// </summary>
    public static IReadOnlyList<Section60BreakdownRow> Rows(IReadOnlyList<BreakdownRow> rows, bool suppressSmall)
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        if (suppressSmall)
        {
            hidden.UnionWith(rows.Where(b => b.Rates.Searches < SmallNumber).Select(b => b.Key));
            if (hidden.Count == 1 && rows.Count > 1)
            {
                hidden.Add(rows.Where(b => !hidden.Contains(b.Key)).MinBy(b => b.Rates.Searches)!.Key); // rows.Count > 1: one is left
            }
        }

        return [.. rows.Select(b => hidden.Contains(b.Key)
            ? new Section60BreakdownRow(b.Key, b.Name, null, null, Suppressed: true)
            : new Section60BreakdownRow(b.Key, b.Name, b.Share, b.Rates, Suppressed: false))];
    }

    // Whether the force's records cover the period: every month present, the first month's records beginning by its
    // start and the last month's running to its end (the Met's 2022-12 stops on the 17th).
    private static string Coverage(StopSearchSummary s, DateTimeOffset start, DateTimeOffset end, List<string> notes)
    {
        var missing = s.Months.Where(m => m.Status == MonthStatus.Missing).Select(m => m.Month.ToString()).ToList();
        if (missing.Count == s.Months.Count)
        {
            notes.Add($"The store has no stop-and-search records of the force for {string.Join(", ", missing)}: none of this authorisation's searches can be counted " +
                "(a month not imported or not published is missing, not a month without searches).");
            return "missing";
        }

        if (missing.Count > 0)
        {
            notes.Add($"The store has no stop-and-search records of the force for {string.Join(", ", missing)}: searches under this authorisation in those months are not counted.");
            return "partial";
        }

        var startDay = UkTime.DateOf(start);
        var endDay = UkTime.DateOf(end > start ? end.AddTicks(-1) : end);
        if (s.Months[0].FirstDay > startDay || s.Months[^1].LastDay < endDay)
        {
            notes.Add(Text($"The force's records run from {s.Months[0].FirstDay:d MMM yyyy} to {s.Months[^1].LastDay:d MMM yyyy} in these months, not the whole period ({startDay:d MMM} to {endDay:d MMM yyyy}): searches under it on the days without records are not counted."));
            return "partial";
        }

        return "whole";
    }

    private static List<string> Overlaps(LanternStore store, Section60Row row, Section60Authorisation a, Geometry area, List<string> notes)
    {
        var found = new List<string>();
        foreach (Section60Row other in Section60Store.Overlapping(store, row, a.Start, a.EffectiveEnd))
        {
            Section60Authorisation o = other.ToAuthorisation();
            Geometry? otherArea = GeoJsonPolygon.Read(Encoding.UTF8.GetBytes(other.AreaGeoJson), other.Reference).Area;
            if (o.Start < a.EffectiveEnd && a.Start < o.EffectiveEnd && otherArea is not null && otherArea.Intersects(area))
            {
                found.Add($"{o.Reference} ({o.Locality}, {UkTime.Describe(o.Start)} to {UkTime.Describe(o.EffectiveEnd)})");
            }
        }

        if (found.Count > 0)
        {
            notes.Add($"Its period and locality overlap {string.Join("; ", found)}: a search in both is counted under each.");
        }

        return found;
    }

    private static void Notes(Section60Authorisation a, StopSearchSummary s60, StopSearchLoad load, StopSearchSummary pace, List<string> notes)
    {
        if (a.EffectiveEnd == a.Start)
        {
            notes.Add($"It was withdrawn ({UkTime.Describe(a.Withdrawal!.At)}) before it began: no search was under it."); // EffectiveEnd == Start only then
        }

        notes.Add("Searches are placed by their coordinates, which data.police.uk moves to a nearby anonymous point on the street map: a search near the edge of " +
            "the locality may be counted on the wrong side of it.");
        if (load.Unplaced > 0)
        {
            notes.Add(Text($"{load.Unplaced:N0} s.60 searches of the force in the period have no coordinates: they cannot be placed, so are not counted here (some may have been under it)."));
        }

        if (load.OutsideArea > 0)
        {
            notes.Add(Text($"{load.OutsideArea:N0} s.60 searches of the force in the period were outside the locality: under another authorisation, or one not in the register."));
        }

        if (load.ByOperation > 0)
        {
            notes.Add(Text($"{load.ByOperation:N0} searches are named by the force as under this authorisation (policing operation '{a.Reference}')") +
                (load.OperationElsewhere > 0 ? Text($"; {load.OperationElsewhere:N0} of them are outside its period or locality, or have no coordinates, and are counted on the force's word.") : "."));
        }

        if (s60.Total.Searches + pace.Total.Searches > 0 && s60.Total.Find.Of + pace.Total.Find.Of == 0)
        {
            notes.Add("The force does not record whether an outcome was linked to the object of the search, so find rates cannot be worked out: compare arrest " +
                "and positive outcome rates, which are weaker (an arrest need not be for what was searched for).");
        }

        if (s60.Total.Searches is > 0 and < 30 || pace.Total.Searches is > 0 and < 30)
        {
            notes.Add("Rates of a few searches have wide intervals: read each with its interval.");
        }
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
