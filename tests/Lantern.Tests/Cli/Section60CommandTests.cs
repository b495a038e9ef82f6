using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Store;

namespace Lantern.Tests.Cli;

/// <summary>
/// The register end to end on a hand-made force: an authorisation over a square of Newport from 18:00 BST on 20 July
/// 2024 to 12:00 BST the next day (17:00 to 11:00 UTC), and searches placed in and around it; the figures are worked out
/// by hand in the comments.
/// </summary>
public sealed class Section60CommandTests
{
    private const string Header =
        "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity," +
        "Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

    private const string S60 = "Criminal Justice and Public Order Act 1994 (section 60)";
    private const string Pace = "Police and Criminal Evidence Act 1984 (section 1)";

    // A square of about 1.4 km × 1.1 km around (51.588, -2.997), central Newport.
    private const string Square = """{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[-3.007,51.583],[-2.987,51.583],[-2.987,51.593],[-3.007,51.593],[-3.007,51.583]]]}}""";

    [Fact]
    public void AddThenShow_CountsTheSearchesUnderIt_AgainstPaceSearchesOfThePlaceAndPeriod()
    {
        using var cli = Force();
        string added = cli.RunOk(Add(cli, "GWP-S60-1"));
        Assert.Contains("Recorded Section 60 authorisation GWP-S60-1 (gwent): Newport city centre, 2024-07-20 18:00 BST to 2024-07-21 12:00 BST (18 h), " +
            "authorised by Insp Jo Bloggs (inspector) under the statutory rules (since May 2022).", added, StringComparison.Ordinal);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("s60", "show", "GWP-S60-1", "--json"));
        JsonElement r = doc.RootElement.GetProperty("result");
        JsonElement s60 = r.GetProperty("section60"), pace = r.GetProperty("pace");
        // Under it: the four s.60 searches in the square from 17:00 UTC (the start instant included) to before 11:00 UTC.
        // Not: the one at 11:00 exactly (the end), the one outside the square, the one without coordinates.
        Assert.Equal((4, 1, 1), (s60.GetProperty("searches").GetInt64(), s60.GetProperty("periodOutsideLocality").GetInt64(),
            s60.GetProperty("periodWithoutCoordinates").GetInt64()));
        // Finds 1 of 4, arrests 1 of 4, positive outcomes 2 of 4 (an arrest and a community resolution).
        AssertRate(s60.GetProperty("rates").GetProperty("find"), 1, 4);
        AssertRate(s60.GetProperty("rates").GetProperty("arrest"), 1, 4);
        AssertRate(s60.GetProperty("rates").GetProperty("positive"), 2, 4);
        // s.1 PACE in the same square and period: three searches, two arrests, both finds (the fourth is the next day).
        Assert.Equal(3, pace.GetProperty("searches").GetInt64());
        AssertRate(pace.GetProperty("rates").GetProperty("find"), 2, 3);
        // Find rates: 1/4 − 2/3 = −0.416667, with Newcombe's interval around it.
        JsonElement find = r.GetProperty("comparison").GetProperty("find").GetProperty("difference");
        Assert.Equal(-5.0 / 12, find.GetProperty("value").GetDouble(), 9);
        Assert.InRange(find.GetProperty("value").GetDouble(), find.GetProperty("low").GetDouble(), find.GetProperty("high").GetDouble());
        Assert.Equal("whole", r.GetProperty("coverage").GetString());
        Assert.Equal([("Arrest", 1L), ("CommunityResolution", 1L), ("NoFurtherAction", 2L)],
            s60.GetProperty("breakdowns").GetProperty("outcome").EnumerateArray()
                .Select(b => (b.GetProperty("key").GetString()!, b.GetProperty("rates").GetProperty("searches").GetInt64())).OrderBy(x => x.Item1));

        JsonElement a = doc.RootElement.GetProperty("authorisation");
        Assert.Equal(("2024-07-20T17:00:00Z", "2024-07-20T18:00:00+01:00", 18.0, "ended", "MultiPolygon"),
            (a.GetProperty("start").GetString(), a.GetProperty("startLocal").GetString(), a.GetProperty("hours").GetDouble(), a.GetProperty("status").GetString(),
                a.GetProperty("area").GetProperty("type").GetString()));
        Assert.Contains("section60", cli.RunOk("runs", "list", "--kind", "section60"), StringComparison.Ordinal);
        string table = cli.RunOk("s60", "show", "GWP-S60-1");
        Assert.Contains("Searches under it (s.60, in the locality and period): 4; s.1 PACE searches in the same locality and period: 3.", table, StringComparison.Ordinal);
        Assert.Contains("-41.7 points", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_BreakingTheRules_RefusedWithEveryReason_AndNothingStoredOrAudited()
    {
        using var cli = Force();
        // A sergeant, no grounds, and 18:00 to 18:00 across the October clock change: 25 hours.
        var (exit, output, error) = cli.Run(Add(cli, "GWP-S60-2", rank: "sergeant", grounds: "", start: "2024-10-26T18:00", end: "2024-10-27T18:00"));

        Assert.Equal((ExitCodes.BadInput, string.Empty), (exit, output));
        Assert.Equal(
            [
                "lantern: not recorded (3 problems):",
                "  rank: Authorised by a sergeant: under the statutory rules (since May 2022) a Section 60 authorisation needs an inspector or above.",
                "  grounds: No grounds: the authorisation must be in writing with the grounds for the officer's belief.",
                "  end: It runs 25 h (2024-10-26 18:00 BST to 2024-10-27 18:00 GMT): the statutory rules (since May 2022) allow at most 24 h before an extension.",
            ],
            error.TrimEnd().Split('\n'));
        Assert.Equal("[]", cli.RunOk("s60", "list", "--json").Trim());
        using LanternStore store = LanternStore.Open(cli.Db);
        Assert.Empty(AuditEntry.Search(store, null, null, "s60", null, null, 10));

        // The same as JSON, for scripts: the rule and field of each.
        var (jsonExit, json, _) = cli.Run(Add(cli, "GWP-S60-2", rank: "sergeant", grounds: "", start: "2024-10-26T18:00", end: "2024-10-27T18:00", json: true));
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal(ExitCodes.BadInput, jsonExit);
        Assert.False(doc.RootElement.GetProperty("recorded").GetBoolean());
        Assert.Equal(["rankTooLow", "noGrounds", "periodTooLong"], doc.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("rule").GetString()));
    }

    [Fact]
    public void ExtendAndWithdraw_OnceEach_Audited_AndTheSearchesFollowTheNewEnd()
    {
        using var cli = Force();
        cli.RunOk(Add(cli, "GWP-S60-3", end: "2024-07-21T02:00")); // 8 h, to 01:00 UTC
        Assert.Equal(2, Searches(cli, "GWP-S60-3")); // the s.60 searches at 17:00 and 20:00 UTC (the one at 01:00 is at the end instant)

        var (exit, _, error) = cli.Run("s60", "extend", "GWP-S60-3", "--by", "Ch Insp Al Smith", "--rank", "chief inspector", "--until", "2024-07-21T12:00",
            "--at", "2024-07-21T01:00");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("rank: Extended by a chief inspector: under the statutory rules (since May 2022) an extension needs a superintendent or above.", error, StringComparison.Ordinal);

        string extended = cli.RunOk("s60", "extend", "GWP-S60-3", "--by", "Supt Al Smith", "--rank", "supt", "--until", "2024-07-21T12:00", "--at", "2024-07-21T01:00");
        Assert.Contains("extended by Supt Al Smith (superintendent) at 2024-07-21 01:00 BST to 2024-07-21 12:00 BST (18 h in all)", extended, StringComparison.Ordinal);
        Assert.Equal(4, Searches(cli, "GWP-S60-3"));
        Assert.Contains("It was already extended", cli.Run("s60", "extend", "GWP-S60-3", "--by", "Supt Al Smith", "--rank", "supt", "--until", "2024-07-21T13:00",
            "--at", "2024-07-21T02:00").Err, StringComparison.Ordinal);

        // A withdrawal before the extension was given contradicts it: refused.
        Assert.Contains("at: It was extended at 2024-07-21 01:00 BST", cli.Run("s60", "withdraw", "GWP-S60-3", "--by", "Insp Jo Bloggs", "--reason", "The groups dispersed",
            "--at", "2024-07-20T20:30").Err, StringComparison.Ordinal);

        // Withdrawn at 01:30 BST (00:30 UTC): the searches at 17:00 and 20:00 UTC were under it, not those after.
        cli.RunOk("s60", "withdraw", "GWP-S60-3", "--by", "Insp Jo Bloggs", "--reason", "The groups dispersed", "--at", "2024-07-21T01:30");
        Assert.Equal(2, Searches(cli, "GWP-S60-3"));
        Assert.Contains("already withdrawn", cli.Run("s60", "withdraw", "GWP-S60-3", "--by", "x", "--reason", "again").Err, StringComparison.Ordinal);
        using JsonDocument list = JsonDocument.Parse(cli.RunOk("s60", "list", "--json"));
        Assert.Equal(("withdrawn", 7.5), (list.RootElement[0].GetProperty("status").GetString(), list.RootElement[0].GetProperty("ranHours").GetDouble()));

        using LanternStore store = LanternStore.Open(cli.Db);
        Assert.Equal(["s60-authorise", "s60-extend", "s60-withdraw"], AuditEntry.Search(store, null, null, "GWP-S60-3", null, null, 10).Select(e => e.Action).Reverse());
        Assert.Null(AuditEntry.Verify(store).Break);
    }

    [Fact]
    public void Rules_ForceOnBestUse_RefusesTheStatutoryRulesAndHoldsNewOnesToItsOwn()
    {
        using var cli = Force();
        Assert.Contains("gwent: best-use, the rules of the Best Use of Stop and Search scheme (2014) (gwent's setting, chosen by chief",
            cli.RunOk("s60", "rules", "--force", "gwent", "--set", "best-use", "--recorded-by", "chief"), StringComparison.Ordinal);

        string refused = cli.Run(Add(cli, "GWP-S60-4", rules: "statutory")).Err;
        Assert.Contains("rules: gwent holds its authorisations to the rules of the Best Use of Stop and Search scheme (2014)", refused, StringComparison.Ordinal);

        // Without --rules the force's setting applies: an inspector, "may" and no community notice all break it.
        string[] problems = cli.Run(Add(cli, "GWP-S60-4")).Err.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split(':')[0]).ToArray();
        Assert.Equal(["rank", "belief", "end", "communityNotified"], problems);

        string added = cli.RunOk(Add(cli, "GWP-S60-4", rank: "ACC", belief: "will", end: "2024-07-21T09:00", notified: "2024-07-20T12:00"));
        Assert.Contains("under the rules of the Best Use of Stop and Search scheme (2014)", added, StringComparison.Ordinal);
        Assert.Contains("Automatic choice: rules: best-use (gwent's setting", added, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_ASearchTheForceNamesAsUnderIt_CountedWhereverItWas()
    {
        using var cli = Force(("2024-07-20T22:00:00+00:00", "True", "GWP-S60-5", "51.65", "-3.10", S60, "A no further action disposal", "False"));
        cli.RunOk(Add(cli, "GWP-S60-5"));
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("s60", "show", "GWP-S60-5", "--json"));
        JsonElement s60 = doc.RootElement.GetProperty("result").GetProperty("section60");
        Assert.Equal((5, 1, 1), (s60.GetProperty("searches").GetInt64(), s60.GetProperty("byReference").GetInt64(),
            s60.GetProperty("byReferenceOutsideTimeOrPlace").GetInt64()));
    }

    [Fact]
    public void Show_AnOverlappingAuthorisation_Named_AndTheSearchesCountUnderEach()
    {
        using var cli = Force();
        cli.RunOk(Add(cli, "GWP-S60-6"));
        cli.RunOk(Add(cli, "GWP-S60-7", start: "2024-07-21T06:00", end: "2024-07-21T20:00"));
        using JsonDocument first = JsonDocument.Parse(cli.RunOk("s60", "show", "GWP-S60-6", "--json"));
        JsonElement r = first.RootElement.GetProperty("result");
        Assert.Equal(["GWP-S60-7 (Newport city centre, 2024-07-21 06:00 BST to 2024-07-21 20:00 BST)"], r.GetProperty("overlaps").EnumerateArray().Select(o => o.GetString()));
        Assert.Contains(r.GetProperty("notes").EnumerateArray(), n => n.GetString()!.EndsWith("a search in both is counted under each.", StringComparison.Ordinal));
        Assert.Equal((4, 2), (Searches(cli, "GWP-S60-6"), Searches(cli, "GWP-S60-7"))); // 10:59 UTC is under both; 11:00 UTC only under the second
    }

    private static int Searches(CliRun cli, string reference)
    {
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("s60", "show", reference, "--json"));
        return doc.RootElement.GetProperty("result").GetProperty("section60").GetProperty("searches").GetInt32();
    }

    private static void AssertRate(JsonElement p, long events, long of) =>
        Assert.Equal((events, of), (p.GetProperty("events").GetInt64(), p.GetProperty("of").GetInt64()));

    private static string[] Add(CliRun cli, string reference, string rank = "inspector", string grounds = "Two groups have arranged to fight with knives in the city centre",
        string start = "2024-07-20T18:00", string end = "2024-07-21T12:00", string belief = "may", string? rules = null, string? notified = null, bool json = false) =>
        [
            "s60", "add", "--force", "gwent", "--reference", reference, "--officer", "Insp Jo Bloggs", "--rank", rank, "--grounds", grounds, "--belief", belief,
            "--locality", "Newport city centre", "--area", Path.Combine(cli.Directory, "area.geojson"), "--start", start, "--end", end,
            .. rules is null ? Array.Empty<string>() : ["--rules", rules],
            .. notified is null ? Array.Empty<string>() : ["--community-notified", notified],
            .. json ? ["--json"] : Array.Empty<string>(),
        ];

    /// <summary>Gwent's July 2024 searches (UTC): inside the square unless said, and the area file in the working folder.</summary>
    private static CliRun Force(params (string At, string Part, string Operation, string Lat, string Lon, string Power, string Outcome, string Linked)[] extra)
    {
        var cli = new CliRun();
        (string At, string Part, string Operation, string Lat, string Lon, string Power, string Outcome, string Linked)[] rows =
        [
            ("2024-07-01T10:00:00+00:00", "False", "", "51.70", "-3.00", "Misuse of Drugs Act 1971 (section 23)", "A no further action disposal", "False"), // the month begins
            ("2024-07-20T17:00:00+00:00", "False", "", "51.588", "-2.997", S60, "Arrest", "True"), // at the start instant: under it
            ("2024-07-20T20:00:00+00:00", "False", "", "51.588", "-2.997", S60, "A no further action disposal", "False"),
            ("2024-07-21T01:00:00+00:00", "False", "", "51.588", "-2.997", S60, "Community resolution", "False"),
            ("2024-07-21T10:59:00+00:00", "False", "", "51.588", "-2.997", S60, "A no further action disposal", "False"),
            ("2024-07-21T11:00:00+00:00", "False", "", "51.588", "-2.997", S60, "A no further action disposal", "False"), // at the end instant: not
            ("2024-07-20T20:00:00+00:00", "False", "", "51.65", "-3.10", S60, "A no further action disposal", "False"), // outside the square
            ("2024-07-20T21:00:00+00:00", "False", "", "", "", S60, "A no further action disposal", "False"), // no coordinates
            ("2024-07-20T19:00:00+00:00", "False", "", "51.588", "-2.997", Pace, "Arrest", "True"),
            ("2024-07-20T22:00:00+00:00", "False", "", "51.588", "-2.997", Pace, "Arrest", "True"),
            ("2024-07-21T09:00:00+00:00", "False", "", "51.588", "-2.997", Pace, "A no further action disposal", "False"),
            ("2024-07-22T09:00:00+00:00", "False", "", "51.588", "-2.997", Pace, "Arrest", "True"), // the next day: not in the period
            ("2024-07-31T20:00:00+00:00", "False", "", "51.70", "-3.00", "Misuse of Drugs Act 1971 (section 23)", "A no further action disposal", "False"), // the month ends
            .. extra,
        ];
        string file = Path.Combine(cli.Directory, "2024-07-gwent-stop-and-search.csv");
        File.WriteAllText(file, string.Join('\n', [Header, .. rows.Select(r =>
            $"Person search,{r.At},{r.Part},{r.Operation},{r.Lat},{r.Lon},Male,18-24,White - Irish,White,{r.Power},Offensive weapons,{r.Outcome},{r.Linked},False")]) + "\n");
        cli.RunOk("import", file);
        File.WriteAllText(Path.Combine(cli.Directory, "area.geojson"), Square);
        return cli;
    }
}
