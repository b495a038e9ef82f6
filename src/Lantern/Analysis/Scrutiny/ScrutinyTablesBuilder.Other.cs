using System.Globalization;
using Lantern.Core.StopSearch;
using Lantern.Core.StopSearch.Section60;
using Lantern.Core.Time;

namespace Lantern.Analysis.Scrutiny;

internal sealed partial class ScrutinyTablesBuilder
{
    /// <summary>
    /// The Section 60 authorisations in force at some time in the month, from the register: each one's s.60 searches (over
    /// its whole period) and what came of them, beside s.1 PACE searches of the same place and period. The authorising
    /// officer is named by rank only.
    /// </summary>
    public void AddSection60(IReadOnlyList<Section60ReportResult> reports, DateTimeOffset now, YearMonth month)
    {
        Measure[] measures = [.. Measures];
        var rows = new List<Row>();
        foreach (Section60ReportResult r in reports)
        {
            Section60Authorisation a = r.Authorisation;
            RowCells s60 = AddRow(r.Section60.Total), pace = AddRow(r.Pace.Total);
            rows.Add(new Row(a.Reference, a.Reference,
            [
                _ => ReportCell.Words(a.Locality),
                _ => ReportCell.Words($"{UkTime.Describe(a.Start)} to {UkTime.Describe(a.EffectiveEnd)}"),
                _ => ReportCell.Words(OfficerRanks.Name(a.Rank)),
                _ => ReportCell.Words(Section60Json.Status(a, now)),
                Count(s60.Searches), .. measures.Select(m => RateOf(s60, m)),
                Count(pace.Searches), .. measures.Where(m => m.OutcomeKnown).Select(m => RateOf(pace, m)),
            ]));
        }

        var notes = new List<string>
        {
            reports.Count == 0
                ? $"No Section 60 authorisation in the register was in force in {month}. Section 60 searches of the month are in the table by power."
                : "Searches under an authorisation are its s.60 searches inside the locality from its start to its end (or that the force's data names as under it), over its whole period, which may run into another month.",
        };
        _tables.Add(new Table("section60", "Section 60 authorisations in force in the month",
            ["Reference", "Locality", "Period (UK time)", "Authorised by", "Status", "s.60 searches under it", .. measures.Select(m => "s.60 " + m.Title.ToLowerInvariant()),
                "s.1 PACE searches, same place and period", .. measures.Where(m => m.OutcomeKnown).Select(m => "s.1 PACE " + m.Title.ToLowerInvariant())],
            rows, notes));
    }

    /// <summary>Body-worn video: the share of the month's searches recorded, from the force's export, and the reasons given when not.</summary>
    public void AddBodyWornVideo(BodyWornVideoGroup? total)
    {
        if (total is null || total.Searches == 0)
        {
            _tables.Add(new Table("bodyWornVideo", "Body-worn video", ["Which searches", "Searches"], [],
                ["The force has no body-worn video data for the month: data.police.uk does not publish it, and no force export with it was imported."]));
            return;
        }

        var searches = new CountCell(_cells.AddCount(total.Searches), total.Searches);
        int recorded = _cells.AddCount(total.Recorded.Events), notRecorded = _cells.AddCount(total.Recorded.Of - total.Recorded.Events);
        _cells.WithholdTogether(recorded, notRecorded);
        var notSaid = new CountCell(_cells.AddCount(total.NotSaid), total.NotSaid);
        _cells.AddSum(searches.Cell, recorded, notRecorded, notSaid.Cell);
        long published = _all.Searches.Value - total.Searches;
        _cells.AddSum(_all.Searches.Cell, published > 0 ? [searches.Cell, _cells.AddUnpublished(published)] : [searches.Cell]);
        var share = new RateCells(recorded, notRecorded, total.Recorded);
        _tables.Add(new Table("bodyWornVideo", "Body-worn video", ["Which searches", "Searches in the force's export", "Recorded on body-worn video (95% CI)", "Not said"],
            [new Row("all", "All exported searches", [Count(searches), s => Shown(s, share) && share.P is { Value: { } v, Low: { } lo, High: { } hi }
                ? ReportCell.Rate(v, lo, hi) : ReportCell.WithheldFigure("rate"), Count(notSaid)])],
            [published > 0 ? "Searches from data.police.uk files have no body-worn video field and are not in these figures." : "Every search of the month is from the force's export."]));

        var reasons = total.Reasons.Select(r => (r.Key, Cell: new CountCell(_cells.AddCount(r.Value), r.Value))).ToList();
        if (reasons.Count > 0)
        {
            _cells.AddSum(notRecorded, [.. reasons.Select(r => r.Cell.Cell)]);
            _tables.Add(new Table("bodyWornVideoReasons", "Reasons given when body-worn video did not record", ["Reason (as written, case ignored)", "Searches"],
                [.. reasons.Select(r => new Row(r.Key, r.Key, [Count(r.Cell)]))], []));
        }
    }

    /// <summary>Whether the month's data is whole: its span of records, the days without any, searches without coordinates or ethnicity.</summary>
    public void AddDataQuality(MonthRow m, IReadOnlyList<DateOnly> days)
    {
        var without = new CountCell(_cells.AddCount(m.WithoutLocation), m.WithoutLocation);
        long placed = _all.Searches.Value - m.WithoutLocation;
        _cells.AddSum(_all.Searches.Cell, placed > 0 ? [without.Cell, _cells.AddUnpublished(placed)] : [without.Cell]);
        DateOnly[] gaps = [.. Enumerable.Range(0, m.Month.LastDay.DayNumber - m.Month.FirstDay.DayNumber + 1)
            .Select(i => m.Month.FirstDay.AddDays(i)).Where(d => !days.Contains(d))];
        string status = m.Status switch
        {
            MonthStatus.Missing => "missing: no records at all (not published or not imported; not a month without searches)",
            MonthStatus.Incomplete => "partial? records begin or stop 3 or more days inside the month",
            _ => "whole",
        };
        long linked = _month.Total.Find.Of, all = _all.Searches.Value;
        var rows = new List<Row>
        {
            new("status", "The month's records", [_ => ReportCell.Words(status), _ => ReportCell.NoFigure("share", "")]),
            new("span", "First and last day with records",
                [_ => ReportCell.Words(m.FirstDay is { } f && m.LastDay is { } l ? Text($"{f:d MMM} to {l:d MMM yyyy}") : "none"), _ => ReportCell.NoFigure("share", "")]),
            new("daysWithout", "Days with no searches", [_ => ReportCell.Words(gaps.Length == 0 ? "none" : Text($"{gaps.Length}: {Days(gaps)}")), _ => ReportCell.NoFigure("share", "")]),
            new("withoutCoordinates", "Searches with no coordinates", [Count(without), ShareOf(without)]),
            new("selfUnknown", "Self-defined ethnicity not stated", [Count(_fields["selfDefinedEthnicity"]["Unknown"].Searches), ShareOf(_fields["selfDefinedEthnicity"]["Unknown"].Searches)]),
            new("officerUnknown", "Officer-defined ethnicity not recorded", [Count(_fields["officerDefinedEthnicity"]["Unknown"].Searches), ShareOf(_fields["officerDefinedEthnicity"]["Unknown"].Searches)]),
            new("outcomeUnknown", "Outcome not recorded", [Count(_fields["outcome"]["Unknown"].Searches), ShareOf(_fields["outcome"]["Unknown"].Searches)]),
            new("linked", "Outcome linked to the object of the search",
                [_ => ReportCell.Words(linked == 0 ? "never recorded by the force" : linked == all ? "recorded for every search" : "recorded for some searches"), _ => ReportCell.NoFigure("share", "")]),
        };
        _tables.Add(new Table("dataQuality", "Data quality", ["Check", "Figure", "Share of searches"], rows,
            ["A day with no searches may be a gap in the force's data rather than a day without searches; a month whose records stop days before its end is probably incomplete."]));
    }

    // Days as runs: "17–31 Dec", "3 Dec, 5 Dec".
    private static string Days(DateOnly[] days)
    {
        var runs = new List<string>();
        for (int i = 0; i < days.Length;)
        {
            int j = i;
            while (j + 1 < days.Length && days[j + 1].DayNumber == days[j].DayNumber + 1)
            {
                j++;
            }

            runs.Add(j == i ? Text($"{days[i]:d MMM}") : Text($"{days[i].Day}–{days[j]:d MMM}"));
            i = j + 1;
        }

        return string.Join(", ", runs);
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
