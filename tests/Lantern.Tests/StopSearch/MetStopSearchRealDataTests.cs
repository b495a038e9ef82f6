using System.Text.Json;

namespace Lantern.Tests.StopSearch;

/// <summary>
/// Lantern's stop-and-search summary of three whole months of the Metropolitan Police's real searches (2023-04 to
/// 2023-06, 36,164 searches) against figures worked out without Lantern. Every expected value below was printed by
/// <c>python3 tests/tools/met_stop_search_check.py</c> (standard library only, its own ethnicity mapping, months from
/// the file names rather than the timestamps, the Met's residents summed from the MSOAs of the boroughs the ONS force
/// lookup gives it); rerun it after changing the data or the method, and update these values only if the script agrees.
/// </summary>
public sealed class MetStopSearchRealDataTests
{
    [RealDataFact]
    public void Summary_ThreeWholeMonths_MatchesTheIndependentCheck()
    {
        using var cli = new Cli.CliRun();
        foreach (string month in new[] { "2023-04", "2023-05", "2023-06" })
        {
            cli.RunOk("import", RealData.Path("police", month, $"{month}-metropolitan-stop-and-search.csv"));
        }

        cli.RunOk("population", "import", RealData.Path("population", "census2021-ts021-msoa.csv"));
        cli.RunOk("population", "import", RealData.Path("geo", "london-lsoa-2021-to-borough.csv"));
        cli.RunOk("population", "import", RealData.Path("population", "lad16-to-police-force-area.csv"));

        using JsonDocument self = JsonDocument.Parse(cli.RunOk("stopsearch", "summary", "--force", "metropolitan", "--from", "2023-04", "--to", "2023-06", "--json"));
        JsonElement r = self.RootElement.GetProperty("result");

        // Each month holds exactly its file's searches (the files begin at 23:00 UTC the day before: UK months), and is whole.
        Assert.Equal(36_164, r.GetProperty("searches").GetInt64());
        Assert.Equal([12_146L, 12_423L, 11_595L], r.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("searches").GetInt64()));
        Assert.All(r.GetProperty("months").EnumerateArray(), m => Assert.Equal("complete", m.GetProperty("status").GetString()));

        // By legislation and by officer-defined ethnicity (blank officer-defined ethnicity is Unknown).
        Assert.Equal(
            [("MisuseOfDrugsActSection23", 19_884L), ("PaceSection1", 15_881L), ("FirearmsActSection47", 289L), ("CjpoaSection60", 110L)],
            Counts(r, "legislation").OrderByDescending(c => c.Searches));
        Assert.Equal([("White", 14_344L), ("Black", 14_105L), ("Asian", 4_853L), ("Other", 2_014L), ("Unknown", 848L)], Counts(r, "officerDefinedEthnicity"));
        Assert.Equal([("White", 10_638L), ("Black", 8_140L), ("Asian", 3_508L), ("Mixed", 1_257L), ("Other", 1_206L), ("Unknown", 11_415L)],
            Counts(r, "selfDefinedEthnicity"));

        // The Met never says whether an outcome was linked to the object of the search: no find rate, and the outcome
        // test falls back to positive outcomes. White 3,397 of 10,638 (0.310534-0.328250); Black 2,536 of 8,140 (0.301578-0.321696).
        Assert.Equal(JsonValueKind.Null, r.GetProperty("rates").GetProperty("find").GetProperty("value").ValueKind);
        JsonElement test = r.GetProperty("outcomeTest");
        Assert.Equal("positiveOutcomeRate", test.GetProperty("measure").GetString());
        AssertRate(test.GetProperty("groups")[0].GetProperty("rate"), 3_397, 10_638, 0.310534, 0.328250);
        AssertRate(test.GetProperty("groups")[1].GetProperty("rate"), 2_536, 8_140, 0.301578, 0.321696);
        // Arrest rates by self-defined group: Black 1,412 of 8,140 (0.165393-0.181844); Asian 490 of 3,508 (0.128603-0.151547).
        JsonElement[] bySelf = [.. r.GetProperty("breakdowns").GetProperty("selfDefinedEthnicity").EnumerateArray()];
        AssertRate(bySelf[1].GetProperty("rates").GetProperty("arrest"), 1_412, 8_140, 0.165393, 0.181844);
        AssertRate(bySelf[2].GetProperty("rates").GetProperty("arrest"), 490, 3_508, 0.128603, 0.151547);

        // Disproportionality against the Met's 8,791,344 residents (Census 2021), self-defined: Black 3.043118
        // (2.956541-3.132231), Asian 0.857933 (0.825811-0.891305), Mixed 1.104655 (1.041931-1.171156), Other 0.962901 (0.907232-1.021986).
        JsonElement denominators = self.RootElement.GetProperty("inputs").GetProperty("denominators");
        Assert.Equal((8_791_344L, "Census 2021, summed from its 32 boroughs"), (denominators.GetProperty("total").GetInt64(), denominators.GetProperty("method").GetString()));
        JsonElement[] groups = [.. r.GetProperty("disproportionality").GetProperty("groups").EnumerateArray()];
        Assert.Equal(2.251324, groups[0].GetProperty("ratePer1000").GetDouble(), 6);
        AssertRatio(groups[1], 3.043118, 2.956541, 3.132231);
        AssertRatio(groups[2], 0.857933, 0.825811, 0.891305);
        AssertRatio(groups[3], 1.104655, 1.041931, 1.171156);
        AssertRatio(groups[4], 0.962901, 0.907232, 1.021986);
        Assert.Equal(11_415, r.GetProperty("disproportionality").GetProperty("unknownEthnicity").GetInt64());

        // Officer-defined, kept separate: Black 3.910725 (3.820881-4.002681), Other 1.192569 (1.138225-1.249507); officers record no Mixed.
        using JsonDocument officer = JsonDocument.Parse(cli.RunOk("stopsearch", "summary", "--force", "metropolitan", "--from", "2023-04", "--to", "2023-06",
            "--ethnicity", "officer", "--json"));
        JsonElement[] byOfficer = [.. officer.RootElement.GetProperty("result").GetProperty("disproportionality").GetProperty("groups").EnumerateArray()];
        Assert.Equal(11.871497, byOfficer[1].GetProperty("ratePer1000").GetDouble(), 6);
        AssertRatio(byOfficer[1], 3.910725, 3.820881, 4.002681);
        AssertRatio(byOfficer[4], 1.192569, 1.138225, 1.249507);
        Assert.Equal(0, byOfficer[3].GetProperty("searches").GetInt64());
    }

    private static List<(string Key, long Searches)> Counts(JsonElement result, string field) =>
        [.. result.GetProperty("breakdowns").GetProperty(field).EnumerateArray()
            .Select(b => (b.GetProperty("key").GetString()!, b.GetProperty("rates").GetProperty("searches").GetInt64()))];

    private static void AssertRate(JsonElement p, long events, long of, double low, double high)
    {
        Assert.Equal((events, of), (p.GetProperty("events").GetInt64(), p.GetProperty("of").GetInt64()));
        Assert.Equal(low, p.GetProperty("low").GetDouble(), 6);
        Assert.Equal(high, p.GetProperty("high").GetDouble(), 6);
    }

    private static void AssertRatio(JsonElement g, double ratio, double low, double high)
    {
        Assert.Equal(ratio, g.GetProperty("ratioToWhite").GetDouble(), 6);
        Assert.Equal(low, g.GetProperty("ratioLow").GetDouble(), 6);
        Assert.Equal(high, g.GetProperty("ratioHigh").GetDouble(), 6);
    }
}
