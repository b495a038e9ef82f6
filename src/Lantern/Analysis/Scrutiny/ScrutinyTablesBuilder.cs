using System.Globalization;
using Lantern.Core.Disclosure;
using Lantern.Core.StopSearch;

namespace Lantern.Analysis.Scrutiny;

/// <summary>
/// Builds the scrutiny report's tables with every count under 5 withheld and the secondaries that keep them from being
/// worked out (docs/stop-search.md, "How suppression works"). Every count the report publishes, directly or through a
/// share, a rate and its interval, a rate per 1,000 or a ratio, is one count of a single <see cref="SuppressionBuilder"/>,
/// with the sums that tie them: each breakdown's rows add up to the month's searches; a rate's events, non-events and
/// searches without a recorded outcome add up to its row's searches; each rate's events add up across a breakdown to the
/// month's; the outcome table gives the arrests and positive outcomes again. A count shown in two tables is one count, so
/// it is withheld in both or neither. Figures are added table by table; <see cref="Build"/> decides and writes them.
/// </summary>
internal sealed partial class ScrutinyTablesBuilder
{
    private static readonly Measure[] s_measures =
    [
        new("find", "Find rate", r => r.Find, OutcomeKnown: false),
        new("arrest", "Arrest rate", r => r.Arrest, OutcomeKnown: true),
        new("positive", "Positive outcome rate", r => r.Positive, OutcomeKnown: true),
    ];

    private static readonly OutcomeRates s_none = new(0, new Proportion(0, 0), new Proportion(0, 0), new Proportion(0, 0));

    private readonly SuppressionBuilder _cells = new();
    private readonly List<Table> _tables = [];
    private readonly Dictionary<string, Dictionary<string, RowCells>> _fields = new(StringComparer.Ordinal);
    private readonly StopSearchSummary _month;
    private readonly RowCells _all;
    private readonly Dictionary<string, int> _measureTotals = new(StringComparer.Ordinal);

    /// <summary>Starts the report of a month's summary: the month's searches and their rates are the counts every table ties to.</summary>
    public ScrutinyTablesBuilder(StopSearchSummary month)
    {
        _month = month;
        _all = AddRow(month.Total);
    }

    /// <summary>The rates the force records: the find rate only where it says whether outcomes were linked to the object.</summary>
    private IEnumerable<Measure> Measures => s_measures.Where(m => m.OutcomeKnown ? _month.Total.Arrest.Of > 0 : _month.Total.Find.Of > 0);

    /// <summary>The rate the outcome test compares: the find rate, or the positive outcome rate where finds are not recorded.</summary>
    private Measure TestMeasure => s_measures[_month.Total.Find.Of > 0 ? 0 : 2];

    public Suppression? Suppression { get; private set; }

    /// <summary>Decides what is shown and writes every table.</summary>
    public IReadOnlyList<ReportTable> Build()
    {
        Suppression s = _cells.Build();
        Suppression = s;
        return [.. _tables.Select(t => new ReportTable(t.Id, t.Title, t.Columns,
            [.. t.Rows.Select(r => new ReportRow(r.Key, r.Label, [.. r.Cells.Select(c => c(s))]))], t.Notes))];
    }

    /// <summary>The month's searches and what came of them, in one row.</summary>
    public void AddTotals()
    {
        var rows = new List<Row> { new("all", "All searches", [Count(_all.Searches), .. Measures.Select(m => RateOf(_all, m))]) };
        _tables.Add(new Table("searches", "Searches and what came of them", ["Which searches", "Searches", .. Measures.Select(m => m.Title + " (95% CI)")], rows, [.. Notes()]));
    }

    /// <summary>A breakdown of the month's searches by one field: every value listed, so that a value with no searches shows as "&lt;5" like any small count.</summary>
    public void AddBreakdown<TEnum>(string field, string title, Func<TEnum, string> name, bool withRates)
        where TEnum : struct, Enum
    {
        Dictionary<string, BreakdownRow> held = _month.Breakdowns[field].ToDictionary(b => b.Key, StringComparer.Ordinal);
        var cells = new Dictionary<string, RowCells>(StringComparer.Ordinal);
        var rows = new List<Row>();
        TEnum[] values = Enum.GetValues<TEnum>();
        foreach (TEnum v in values.Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) != 0).Append(values.First(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) == 0)))
        {
            string key = Enum.GetName(v)!; // a declared value
            bool unknown = Convert.ToInt32(v, CultureInfo.InvariantCulture) == 0;
            RowCells c = AddRow(held.TryGetValue(key, out BreakdownRow? b) ? b.Rates : s_none, withRates);
            cells[key] = c;
            string label = unknown ? "Not stated or not recorded" : name(v);
            rows.Add(new Row(key, label, withRates
                ? [Count(c.Searches), ShareOf(c.Searches), .. Measures.Select(m => RateOf(c, m))]
                : [Count(c.Searches), ShareOf(c.Searches)]));
        }

        // Each rate's events, non-events and unrecorded add up across the breakdown to the month's.
        _cells.AddSum(_all.Searches.Cell, [.. cells.Values.Select(c => c.Searches.Cell)]);
        foreach (Measure m in withRates ? Measures : [])
        {
            _cells.AddSum(_all.Rates[m.Name].Events, [.. cells.Values.Select(c => c.Rates[m.Name].Events)]);
            _cells.AddSum(_all.Rates[m.Name].NonEvents, [.. cells.Values.Select(c => c.Rates[m.Name].NonEvents)]);
        }

        foreach (bool outcome in withRates ? [true, false] : Array.Empty<bool>())
        {
            if (_all.Unrecorded(outcome) is int total)
            {
                int[] parts = [.. cells.Values.Select(c => c.Unrecorded(outcome)).OfType<int>()];
                _cells.AddSum(total, parts);
            }
        }

        _fields[field] = cells;
        _tables.Add(new Table(field, title, [title, "Searches", "Share", .. withRates ? Measures.Select(m => m.Title + " (95% CI)") : []], rows, []));
    }

    /// <summary>
    /// The outcome table gives the month's arrests (its Arrest row), positive outcomes (every row but no further action
    /// and not recorded) and searches with no outcome again: tie them to the rates' counts.
    /// </summary>
    public void TieOutcomes()
    {
        Dictionary<string, RowCells> o = _fields["outcome"];
        int Cell(SearchOutcome v) => o[Enum.GetName(v)!].Searches.Cell; // a declared value
        SearchOutcome[] positive = [.. Enum.GetValues<SearchOutcome>().Where(v => v is not (SearchOutcome.Unknown or SearchOutcome.NoFurtherAction))];
        if (_all.Rates.TryGetValue("arrest", out RateCells? arrest) && _all.Rates.TryGetValue("positive", out RateCells? pos))
        {
            _cells.AddSum(arrest.Events, Cell(SearchOutcome.Arrest));
            _cells.AddSum(arrest.NonEvents, [.. positive.Where(v => v != SearchOutcome.Arrest).Append(SearchOutcome.NoFurtherAction).Select(Cell)]);
            _cells.AddSum(pos.Events, [.. positive.Select(Cell)]);
            _cells.AddSum(pos.NonEvents, Cell(SearchOutcome.NoFurtherAction));
        }

        if (_all.Unrecorded(outcome: true) is int unrecorded)
        {
            _cells.AddSum(unrecorded, Cell(SearchOutcome.Unknown));
        }
    }

    /// <summary>Rates per 1,000 residents and ratios to White, on self-defined (the official basis) and officer-defined ethnicity apart.</summary>
    public void AddDisproportionality(EthnicGroupCounts? residents, string denominators)
    {
        Dictionary<string, RowCells> self = _fields["selfDefinedEthnicity"], officer = _fields["officerDefinedEthnicity"];
        IReadOnlyList<GroupRate>? bySelf = residents is { } r1 ? Disproportionality.Compute(Groups(self), r1) : null;
        IReadOnlyList<GroupRate>? byOfficer = residents is { } r2 ? Disproportionality.Compute(Groups(officer), r2) : null;
        var rows = new List<Row>();
        for (int i = 0; i < EthnicGroupCounts.Groups.Count; i++)
        {
            EthnicGroup g = EthnicGroupCounts.Groups[i];
            string key = Enum.GetName(g)!; // a declared value
            rows.Add(new Row(key, StopSearchVocabulary.Name(g),
            [
                residents is { } res ? _ => ReportCell.Count(res[g]) : _ => ReportCell.NoFigure("count"),
                Count(self[key].Searches), PerThousand(self[key].Searches, bySelf?[i]), RatioOf(self[key].Searches, self["White"].Searches, bySelf?[i]),
                Count(officer[key].Searches), PerThousand(officer[key].Searches, byOfficer?[i]), RatioOf(officer[key].Searches, officer["White"].Searches, byOfficer?[i]),
            ]));
        }

        rows.Add(new Row("Unknown", "Not stated or not recorded (left out)",
        [
            _ => ReportCell.NoFigure("count"), Count(self["Unknown"].Searches), _ => ReportCell.NoFigure("per1000", "left out"), _ => ReportCell.NoFigure("ratio", "left out"),
            Count(officer["Unknown"].Searches), _ => ReportCell.NoFigure("per1000", "left out"), _ => ReportCell.NoFigure("ratio", "left out"),
        ]));
        _tables.Add(new Table("disproportionality", "Disproportionality: searches per 1,000 residents and the ratio to White",
            ["Ethnic group", "Residents", "Searches (self-defined)", "Per 1,000 (95% CI)", "Ratio to White (95% CI)",
                "Searches (officer-defined)", "Per 1,000 (95% CI)", "Ratio to White (95% CI)"], rows,
            [denominators,
                "Rates are for the month (the Home Office publishes yearly rates: twelve times these, roughly); the ratio does not depend on the period's length. " +
                "Self-defined ethnicity is the official basis; officer-defined is what the officer recorded, kept apart. Searches of unknown ethnicity are left out of both.",
                "A rate or ratio made from a withheld count is withheld too."]));
    }

    /// <summary>The outcome test: each group's find rate (or positive outcome rate) and its difference from the White group's.</summary>
    public void AddOutcomeTest()
    {
        Measure m = TestMeasure;
        if (!Measures.Contains(m))
        {
            return;
        }

        Dictionary<string, RowCells> self = _fields["selfDefinedEthnicity"];
        RowCells white = self["White"];
        var rows = new List<Row>();
        foreach (EthnicGroup g in EthnicGroupCounts.Groups)
        {
            RowCells c = self[Enum.GetName(g)!]; // a declared value
            rows.Add(new Row(Enum.GetName(g)!, StopSearchVocabulary.Name(g), [RateOf(c, m), g == EthnicGroup.White ? _ => ReportCell.NoFigure("difference") : DifferenceOf(c, white, m)]));
        }

        _tables.Add(new Table("outcomeTest", $"The outcome test ({m.Title.ToLowerInvariant()} by self-defined ethnicity)", ["Ethnic group", m.Title + " (95% CI)", "Difference from White (95% CI)"],
            rows,
            [m.Name == "find"
                ? "A group whose searches find what was looked for less often than the White group's may be searched on weaker grounds."
                : "The force does not record whether an outcome was linked to the object of the search, so the test uses the positive outcome rate (any outcome but no further action), which is weaker: an arrest need not be for what was searched for."]));
    }

    private IEnumerable<string> Notes()
    {
        if (!Measures.Any(m => m.Name == "find"))
        {
            yield return "The force does not record whether the outcome was linked to the object of the search: find rates cannot be worked out.";
        }
    }

    private static EthnicGroupCounts Groups(Dictionary<string, RowCells> field) =>
        new(field["White"].Searches.Value, field["Black"].Searches.Value, field["Asian"].Searches.Value, field["Mixed"].Searches.Value, field["Other"].Searches.Value);

    private sealed record Measure(string Name, string Title, Func<OutcomeRates, Proportion> Pick, bool OutcomeKnown);

    private sealed record Table(string Id, string Title, IReadOnlyList<string> Columns, List<Row> Rows, IReadOnlyList<string> Notes);

    private sealed record Row(string Key, string Label, IReadOnlyList<Func<Suppression, ReportCell>> Cells);
}
