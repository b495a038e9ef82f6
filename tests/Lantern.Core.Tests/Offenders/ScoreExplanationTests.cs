using Lantern.Core.Offenders;

namespace Lantern.Core.Tests.Offenders;

public sealed class ScoreExplanationTests
{
    [Fact]
    public void Explain_EveryRecord_WithItsContributionOrReason()
    {
        OffenderScoring s = OffenderScorer.Score(OffenderScorerTests.Sample(), new HarmScoringOptions { AsOf = OffenderScorerTests.AsOf });
        ScoreExplanation e = s.Explain(s.IndexOf("A"));

        Assert.Equal(["CR1", "CR3", "CR2", "CR4"], e.Contributions.Select(c => c.Record.Reference)); // newest first
        Assert.Equal([2555, 0, 365, 0], e.Contributions.Select(c => c.Harm));
        Assert.Equal("assault is not in the offence set", e.Contributions[1].Reason);
        Assert.Equal("before the window", e.Contributions[3].Reason);
        Assert.Equal(e.Score.Harm, e.Contributions.Sum(c => c.Harm));
        Assert.Equal(("cchi-offence-code-2026-02-r2", "offence-groups-2026-1", "rfgv-bands-2026-1"), (e.WeightsVersion, e.GroupsVersion, e.BandsVersion));

        string text = string.Join('\n', e.Lines);
        Assert.Contains("A is ranked 1 of 3 people with a counted offence from 2025-11-01 to 2026-10-31 (365 days).", text, StringComparison.Ordinal);
        Assert.Contains("Harm 2,920 days", text, StringComparison.Ordinal);
        Assert.Contains("2026-09-01 CR1 rape of a female aged 16 or over (019/07), convicted, victim C: 2,555 days = 2,555", text, StringComparison.Ordinal);
        Assert.Contains("RFGV points (rfgv-bands-2026-1): recency 20", text, StringComparison.Ordinal);
        Assert.Contains("advisory", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Victim_SaysVictimsAreNeverScored()
    {
        OffenderScoring s = OffenderScorer.Score(OffenderScorerTests.Sample(), new HarmScoringOptions { AsOf = OffenderScorerTests.AsOf });
        ScoreExplanation e = s.Explain(s.IndexOf("C"));
        Assert.Equal("a record as victim: victims are never scored", Assert.Single(e.Contributions).Reason);
        Assert.StartsWith("C has no counted offence", e.Lines[0], StringComparison.Ordinal);
    }
}
