using System.Text;
using Lantern.Core.Offenders;
using Lantern.Data.Formats.Offenders;
using Lantern.Data.Generation;

namespace Lantern.Data.Tests.Generation;

public sealed class SyntheticOffendersTests
{
    private static readonly DateOnly s_asOf = new(2026, 10, 31);

    private static OffenderData DataOf(IEnumerable<OffenderExportRow> rows)
    {
        var b = new OffenderDataBuilder();
        foreach (OffenderExportRow r in rows)
        {
            b.AddPerson(r.Record.PersonId, r.Wanted);
            b.Add(r.Record);
        }

        return b.Build();
    }

    private static string Csv(IEnumerable<OffenderExportRow> rows)
    {
        var w = new StringWriter();
        SyntheticOffenders.Write(rows, w);
        return w.ToString();
    }

    [Fact]
    public void Generate_SameSeed_SameRows_OtherSeed_Others()
    {
        var options = new OffenderGeneratorOptions { AsOf = s_asOf, SuspectsPerYear = 2_000 };
        Assert.Equal(Csv(SyntheticOffenders.Generate(options)), Csv(SyntheticOffenders.Generate(options)));
        Assert.NotEqual(Csv(SyntheticOffenders.Generate(options)), Csv(SyntheticOffenders.Generate(options with { Seed = 7 })));
    }

    [Fact]
    public void Generate_DefaultScale_About35000SuspectsAYear_HeavyTailed_RepeatVictims_AllRoles()
    {
        IReadOnlyList<OffenderExportRow> rows = SyntheticOffenders.Generate(new OffenderGeneratorOptions { AsOf = s_asOf });
        var lastYear = rows.Where(r => r.Record.Date > s_asOf.AddDays(-365)).ToList();
        int suspects = lastYear.Where(r => OffenderRoles.IsOffender(r.Record.Role)).Select(r => r.Record.PersonId).Distinct().Count();
        Assert.InRange(suspects, 33_000, 37_000);

        // Heavy tail: the top 10% of offenders by offences in the year have several times their share.
        int[] perSuspect = [.. lastYear.Where(r => OffenderRoles.IsOffender(r.Record.Role)).GroupBy(r => r.Record.PersonId).Select(g => g.Count())
            .OrderByDescending(n => n)];
        double top10 = perSuspect.Take(perSuspect.Length / 10).Sum() / (double)perSuspect.Sum();
        Assert.InRange(top10, 0.25, 0.6);
        Assert.True(perSuspect[0] >= 15, $"the most prolific has {perSuspect[0]} offences");

        // Repeat victims: a good share of identified victims suffer more than one offence.
        var victims = lastYear.Where(r => r.Record.Role == OffenderRole.Victim).GroupBy(r => r.Record.PersonId).Select(g => g.Count()).ToList();
        Assert.InRange(victims.Count(n => n >= 2) / (double)victims.Count, 0.2, 0.7);

        Assert.Equal(Enum.GetValues<OffenderRole>(), rows.Select(r => r.Record.Role).Distinct().Order());
        Assert.Contains(rows, r => r.Wanted);
        Assert.InRange(rows.Count(r => r.Record.Role != OffenderRole.Victim && r.Demographic.Sex == "male") / (double)rows.Count(r => r.Record.Role != OffenderRole.Victim),
            0.9, 0.99);

        // The harm is concentrated: the power few of DOMAIN.md §4.
        PowerFewReport few = OffenderScorer.Score(DataOf(rows), new HarmScoringOptions { AsOf = s_asOf }).PowerFew();
        Assert.True(few.Offenders.Shares[2].HarmShare > 0.4, $"top 10% hold {few.Offenders.Shares[2].HarmShare:P0}");
    }

    [Fact]
    public void Generate_RoundTripsThroughTheExportFormat()
    {
        IReadOnlyList<OffenderExportRow> rows = SyntheticOffenders.Generate(new OffenderGeneratorOptions { AsOf = s_asOf, SuspectsPerYear = 1_000 });
        OffenderFile f = OffenderFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Csv(rows))), "gen.csv");
        Assert.True(f.IsValid, string.Join('\n', f.Errors.Take(5)));
        Assert.Equal(rows.Select(r => (r.Record, r.Outcome, r.Wanted, r.Demographic)), f.Rows.Select(r => (r.Record, r.Outcome, r.Wanted, r.Demographic)));
    }

    [Fact]
    public void Ranking_Unchanged_WhenTheExportsProtectedColumnsAreAltered()
    {
        // The same export read twice, the second time with every person's sex, age band and ethnicity changed: the
        // ranking, scores and explanations must not move (issue #6).
        IReadOnlyList<OffenderExportRow> rows = SyntheticOffenders.Generate(new OffenderGeneratorOptions { AsOf = s_asOf, SuspectsPerYear = 3_000 });
        string original = Csv(rows);
        string altered = Csv(rows.Select(r => r with
        {
            Demographic = new Demographic(r.Demographic.Sex == "male" ? "female" : "male", "45-54", r.Demographic.Ethnicity == "White" ? "Black" : "White"),
        }));
        Assert.NotEqual(original, altered);

        OffenderScoring Score(string csv) => OffenderScorer.Score(DataOf(OffenderFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "x.csv").Rows),
            new HarmScoringOptions { AsOf = s_asOf });
        OffenderScoring a = Score(original), b = Score(altered);
        Assert.Equal(a.Top(1_000), b.Top(1_000));
        Assert.Equal(a.Explain(a.Ranking[0]).Lines, b.Explain(b.Ranking[0]).Lines);
    }
}
