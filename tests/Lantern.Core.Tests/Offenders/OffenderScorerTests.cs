using Lantern.Core.Crimes;
using Lantern.Core.Offenders;

namespace Lantern.Core.Tests.Offenders;

public sealed class OffenderScorerTests
{
    internal static DateOnly AsOf { get; } = new(2026, 10, 31);

    internal static OffenderRecord Rec(string person, string reference, string date, string code, OffenderRole role = OffenderRole.Suspect,
        bool domestic = false, string? victim = null) =>
        new(person, reference, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), code, CrimeCategory.ViolenceAndSexualOffences, role,
            domestic, victim);

    // A: rape (2,555) + domestic ABH (365) + non-domestic ABH (not in the set) + an old stalking (outside the window).
    // B: two stalkings (10 + 10) and a domestic common assault (10), three victims.
    // C: only a victim of a rape: never scored.
    // D: wanted, sexual assault (182.25).
    internal static OffenderData Sample()
    {
        var b = new OffenderDataBuilder();
        b.Add(Rec("A", "CR1", "2026-09-01", "019/07", OffenderRole.Convicted, victim: "C"));
        b.Add(Rec("A", "CR2", "2026-03-15", "008/01", OffenderRole.Charged, domestic: true, victim: "V9"));
        b.Add(Rec("A", "CR3", "2026-04-01", "008/01"));
        b.Add(Rec("A", "CR4", "2025-10-31", "008/71", domestic: true, victim: "V9"));
        b.Add(Rec("B", "CR5", "2026-10-30", "008/71", victim: "V1"));
        b.Add(Rec("B", "CR6", "2026-06-01", "008/71", victim: "V2"));
        b.Add(Rec("B", "CR7", "2025-11-01", "105/01", domestic: true, victim: "V3"));
        b.Add(Rec("C", "CR1", "2026-09-01", "019/07", OffenderRole.Victim));
        b.Add(Rec("D", "CR8", "2026-10-31", "020/01"));
        b.Add(Rec("D", "CR9", "2026-11-01", "019/07")); // the day after the window
        b.AddPerson("D", wanted: true);
        return b.Build();
    }

    [Fact]
    public void Score_HandCheckedSample_SumsWeightsInTheWindowAndSet()
    {
        OffenderScoring s = OffenderScorer.Score(Sample(), new HarmScoringOptions { AsOf = AsOf });

        Assert.Equal(["A", "D", "B"], s.Top(10).Select(x => x.PersonId));
        OffenderScore a = s.ScoreOf(s.IndexOf("A"));
        Assert.Equal((1, 2555 + 365.0, 2, 2), (a.Rank, a.Harm, a.Offences, a.Victims)); // CR3 not domestic; CR4 one day before the window
        OffenderScore b = s.ScoreOf(s.IndexOf("B"));
        Assert.Equal((3, 30.0, 3, 3), (b.Rank, b.Harm, b.Offences, b.Victims)); // 2025-11-01 is the window's first day
        Assert.Equal((0, 0.0), (s.ScoreOf(s.IndexOf("C")).Rank, s.ScoreOf(s.IndexOf("C")).Harm)); // victims are never scored
        Assert.Equal(182.25, s.ScoreOf(s.IndexOf("D")).Harm);
        Assert.Equal(3, s.RankedCount);
    }

    [Fact]
    public void Score_RfgvPoints_FromTheBands()
    {
        OffenderScoring s = OffenderScorer.Score(Sample(), new HarmScoringOptions { AsOf = AsOf });
        // A: latest 2026-09-01, 60 days before: 1 whole month → 20; 2 offences → 10; 2,920 days → 30; 2 victims → 10.
        Assert.Equal(new RfgPoints(20, 10, 30, 10), s.ScoreOf(s.IndexOf("A")).Points);
        // B: latest the day before: 0 months → 30; 3 offences → 10; 30 days → 5; 3 victims → 20.
        Assert.Equal(new RfgPoints(30, 10, 5, 20), s.ScoreOf(s.IndexOf("B")).Points);
        Assert.Equal(65, s.ScoreOf(s.IndexOf("B")).Points.Rfgv);
    }

    [Fact]
    public void Score_Decay_HalvesAtTheHalfLife()
    {
        var b = new OffenderDataBuilder();
        b.Add(Rec("A", "1", "2026-10-31", "019/07"));
        b.Add(Rec("A", "2", "2026-08-01", "019/07")); // 91 days old
        OffenderScoring s = OffenderScorer.Score(b.Build(), new HarmScoringOptions { AsOf = AsOf, HalfLifeDays = 91 });
        Assert.Equal(2555 * 1.5, s.ScoreOf(0).Harm, 6);
    }

    [Fact]
    public void Score_WindowAndSet_AreConfigurable()
    {
        OffenceSet set = OffenceSet.Parse("assault", OffenceGroupTable.Default, out _)!;
        OffenderScoring s = OffenderScorer.Score(Sample(), new HarmScoringOptions { AsOf = AsOf, Offences = set, WindowDays = 30 });
        Assert.Empty(s.Top(10)); // no assault in the last 30 days
        s = OffenderScorer.Score(Sample(), new HarmScoringOptions { AsOf = AsOf, Offences = set });
        Assert.Equal(["A", "B"], s.Top(10).Select(x => x.PersonId));
        Assert.Equal(730, s.ScoreOf(s.IndexOf("A")).Harm); // both ABHs, domestic or not
    }

    [Fact]
    public void Score_Ties_BrokenByRfgvThenId()
    {
        var b = new OffenderDataBuilder();
        b.Add(Rec("Z", "1", "2026-10-30", "019/07"));
        b.Add(Rec("Y", "2", "2026-01-01", "019/07")); // same harm, older: fewer recency points
        b.Add(Rec("X", "3", "2026-01-01", "019/07"));
        Assert.Equal(["Z", "X", "Y"], OffenderScorer.Score(b.Build(), new HarmScoringOptions { AsOf = AsOf }).Top(3).Select(x => x.PersonId));
    }

    [Fact]
    public void TopWanted_OnlyOutstandingSuspects_KeepTheirOverallRank()
    {
        OffenderScore w = Assert.Single(OffenderScorer.Score(Sample(), new HarmScoringOptions { AsOf = AsOf }).TopWanted(10));
        Assert.Equal(("D", 2, true), (w.PersonId, w.Rank, w.Wanted));
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OffenderScorer.Score(Sample(), new HarmScoringOptions { AsOf = AsOf, WindowDays = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => OffenderScorer.Score(Sample(), new HarmScoringOptions { AsOf = AsOf, HalfLifeDays = double.NaN }));
    }
}
