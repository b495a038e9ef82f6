using Lantern.Core.Disclosure;
using Lantern.Core.StopSearch;

namespace Lantern.Analysis.Scrutiny;

internal sealed partial class ScrutinyTablesBuilder
{
    // A row's searches and, for each rate the force records, its events and non-events (withheld together: a rate and its
    // interval give both back), with the searches its rates leave out (no outcome, or no find recorded) as unpublished
    // counts: searches = events + non-events + left out, for each rate.
    private RowCells AddRow(OutcomeRates r, bool withRates = true)
    {
        var searches = new CountCell(_cells.AddCount(r.Searches), r.Searches);
        long noOutcome = r.Searches - r.Arrest.Of, noLink = r.Searches - r.Find.Of;
        bool anyOutcome = withRates && Measures.Any(m => m.OutcomeKnown), anyLink = withRates && Measures.Any(m => !m.OutcomeKnown);
        int? unrecordedOutcome = anyOutcome && noOutcome > 0 ? _cells.AddUnpublished(noOutcome) : null;
        int? unrecordedLink = anyLink && noLink > 0 ? _cells.AddUnpublished(noLink) : null;
        var rates = new Dictionary<string, RateCells>(StringComparer.Ordinal);
        foreach (Measure m in withRates ? Measures : [])
        {
            Proportion p = m.Pick(r);
            int events = _cells.AddCount(p.Events), nonEvents = _cells.AddCount(p.Of - p.Events);
            _cells.WithholdTogether(events, nonEvents);
            int? left = m.OutcomeKnown ? unrecordedOutcome : unrecordedLink;
            _cells.AddSum(searches.Cell, left is { } u ? [events, nonEvents, u] : [events, nonEvents]);
            rates[m.Name] = new RateCells(events, nonEvents, p);
        }

        return new RowCells(searches, rates, unrecordedOutcome, unrecordedLink);
    }

    private static Func<Suppression, ReportCell> Count(CountCell c) => s => s[c.Cell] switch
    {
        CellStatus.Shown => ReportCell.Count(c.Value),
        CellStatus.Small => ReportCell.SmallCount(),
        _ => ReportCell.WithheldFigure("count"),
    };

    private Func<Suppression, ReportCell> ShareOf(CountCell c)
    {
        CountCell all = _all.Searches;
        return s => s.IsShown(c.Cell) && s.IsShown(all.Cell) && all.Value > 0 ? ReportCell.Share((double)c.Value / all.Value) : ReportCell.WithheldFigure("share");
    }

    private static Func<Suppression, ReportCell> RateOf(RowCells c, Measure m)
    {
        if (!c.Rates.TryGetValue(m.Name, out RateCells? r))
        {
            return _ => ReportCell.NoFigure("rate", "not recorded");
        }

        return s => Shown(s, r) && r.P is { Value: { } v, Low: { } lo, High: { } hi } ? ReportCell.Rate(v, lo, hi) : ReportCell.WithheldFigure("rate");
    }

    private static Func<Suppression, ReportCell> DifferenceOf(RowCells a, RowCells white, Measure m)
    {
        if (!a.Rates.TryGetValue(m.Name, out RateCells? x) || !white.Rates.TryGetValue(m.Name, out RateCells? w))
        {
            return _ => ReportCell.NoFigure("difference", "not recorded");
        }

        return s => !(Shown(s, x) && Shown(s, w)) ? ReportCell.WithheldFigure("difference")
            : ProportionDifference.Between(x.P, w.P) is { } d ? ReportCell.Difference(d.Value, d.Low, d.High)
            : ReportCell.NoFigure("difference");
    }

    private static Func<Suppression, ReportCell> PerThousand(CountCell c, GroupRate? g) => s =>
        g is null ? ReportCell.NoFigure("per1000")
        : !s.IsShown(c.Cell) ? ReportCell.WithheldFigure("per1000")
        : g.RatePer1000 is { } v && g.RateLow is { } lo && g.RateHigh is { } hi ? ReportCell.Per1000(v, lo, hi)
        : ReportCell.NoFigure("per1000");

    private static Func<Suppression, ReportCell> RatioOf(CountCell c, CountCell white, GroupRate? g) => s =>
        g is null ? ReportCell.NoFigure("ratio")
        : !(s.IsShown(c.Cell) && s.IsShown(white.Cell)) ? ReportCell.WithheldFigure("ratio")
        : g.RatioToWhite is { } v ? ReportCell.Ratio(v, g.RatioLow, g.RatioHigh)
        : ReportCell.NoFigure("ratio");

    private static bool Shown(Suppression s, RateCells r) => s.IsShown(r.Events) && s.IsShown(r.NonEvents);

    private sealed record CountCell(int Cell, long Value);

    private sealed record RateCells(int Events, int NonEvents, Proportion P);

    private sealed record RowCells(CountCell Searches, IReadOnlyDictionary<string, RateCells> Rates, int? UnrecordedOutcome, int? UnrecordedLink)
    {
        public int? Unrecorded(bool outcome) => outcome ? UnrecordedOutcome : UnrecordedLink;
    }
}
