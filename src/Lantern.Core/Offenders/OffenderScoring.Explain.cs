using System.Globalization;

namespace Lantern.Core.Offenders;

/// <summary>Explanations: every record of a person, what it added, and the same in words.</summary>
public sealed partial class OffenderScoring
{
    /// <summary>Explains a person's score, record by record, in words a supervisor can check.</summary>
    /// <param name="person">The person's index.</param>
    /// <returns>The explanation.</returns>
    public ScoreExplanation Explain(int person)
    {
        OffenderScore score = ScoreOf(person);
        HarmScoringOptions o = Options;
        int end = o.AsOf.DayNumber;
        int first = o.WindowStart.DayNumber;
        double lambda = o.HalfLifeDays is { } h ? Math.Log(2) / h : 0;
        var contributions = new List<ScoreContribution>(_start[person + 1] - _start[person]);
        for (int j = _start[person]; j < _start[person + 1]; j++)
        {
            int i = _order[j];
            OffenderRecord r = Data.RecordAt(i);
            OffenceClass c = o.Groups.Classify(r.OffenceCode);
            double weight = o.Weights.WeightOf(r.Category, r.OffenceCode);
            int d = Data.Day[i];
            string? reason = r.Role == OffenderRole.Victim ? "a record as victim: victims are never scored"
                : d > end ? "after the window"
                : d < first ? "before the window"
                : !o.Offences.Contains(c.Group, r.Domestic) ? $"{c.Group}{(r.Domestic ? " (domestic)" : string.Empty)} is not in the offence set"
                : null;
            double decay = reason is null && lambda > 0 ? Math.Exp(-lambda * (end - d)) : 1;
            contributions.Add(new ScoreContribution(r, c.Group, weight, decay, reason is null ? weight * decay : 0, reason is null, reason));
        }

        contributions.Sort((a, b) =>
        {
            int c = b.Record.Date.CompareTo(a.Record.Date);
            return c != 0 ? c : string.CompareOrdinal(a.Record.Reference, b.Record.Reference);
        });
        return new ScoreExplanation(score, RankedCount, o.WindowStart, o.AsOf, o.Offences.Version, o.Weights.Version, o.Groups.Version, o.Bands.Version,
            o.HalfLifeDays, contributions, Sentences(score, contributions));
    }

    private List<string> Sentences(OffenderScore s, List<ScoreContribution> contributions)
    {
        HarmScoringOptions o = Options;
        string unit = o.Weights.Unit;
        var lines = new List<string>();
        string window = string.Create(CultureInfo.InvariantCulture, $"{o.WindowStart:yyyy-MM-dd} to {o.AsOf:yyyy-MM-dd} ({o.WindowDays} days)");
        lines.Add(s.Rank > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{s.PersonId} is ranked {s.Rank:N0} of {RankedCount:N0} people with a counted offence from {window}.")
            : $"{s.PersonId} has no counted offence from {window}, so is not ranked.");
        string decay = o.HalfLifeDays is { } h
            ? string.Create(CultureInfo.InvariantCulture, $", each weight halved for every {h:0.#} days of age")
            : string.Empty;
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"Harm {Days(s.Harm)} {unit}: the sum of the harm weights ({o.Weights.Version}) of {s.Offences} offence{(s.Offences == 1 ? string.Empty : "s")} " +
            $"in the offence set ({o.Offences.Version}) recorded as suspect, charged or convicted{decay}:"));
        foreach (ScoreContribution c in contributions.Where(c => c.Counted))
        {
            lines.Add("  " + Describe(c) + string.Create(CultureInfo.InvariantCulture,
                $": {Days(c.Weight)} {unit}{(c.Decay < 1 ? $" × {c.Decay:0.000} for age" : string.Empty)} = {Days(c.Harm)}"));
        }

        int notCounted = contributions.Count - s.Offences;
        if (notCounted > 0)
        {
            lines.Add($"Not counted ({notCounted}):");
            foreach (ScoreContribution c in contributions.Where(c => !c.Counted))
            {
                lines.Add($"  {Describe(c)}: {c.Reason}");
            }
        }

        RfgBands b = o.Bands;
        RfgPoints p = s.Points;
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"RFGV points ({b.Version}): recency {p.Recency} (latest offence {(s.LatestOffence is { } l ? $"{l:yyyy-MM-dd}, {s.MonthsSinceLatest} whole months before the window's end" : "none")}), " +
            $"frequency {p.Frequency} ({s.Offences} offences), gravity {p.Gravity} ({Days(s.Harm)} {unit}), victims {p.Victims} ({s.Victims} distinct known victims): " +
            $"RFG {p.Rfg}, RFGV {p.Rfgv}."));
        lines.Add($"Offence groups {o.Groups.Version}. {(s.Wanted ? "Wanted: an outstanding suspect." : "Not wanted.")} " +
            "This score is advisory: a supervisor reviews it before anyone is managed on it.");
        return lines;
    }

    private string Describe(ScoreContribution c)
    {
        OffenderRecord r = c.Record;
        string what = Options.Groups.Classify(r.OffenceCode).Description;
        return string.Create(CultureInfo.InvariantCulture,
            $"{r.Date:yyyy-MM-dd} {r.Reference} {what} ({r.OffenceCode}), {OffenderRoles.Slug(r.Role)}{(r.Domestic ? ", domestic" : string.Empty)}" +
            $"{(r.VictimId is null ? string.Empty : $", victim {r.VictimId}")}");
    }
}
