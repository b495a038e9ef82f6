using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Store;

namespace Lantern.Tests.Cli;

/// <summary>
/// Offender prioritisation end to end on the command line, on a hand-made export whose scores are worked out in the
/// comments, and on the synthetic force: import, score, explain, review, export, subject access, retention; every view
/// and decision audited with its justification.
/// </summary>
public sealed class OffendersCommandTests
{
    private const string Header = "Person ID,Crime reference,Date,Offence code,Crime type,Role,Domestic,Victim ID,Outcome,Wanted,Sex,Age band,Ethnicity";
    private const string Why = "monthly V100 review";

    // P1: rape (2,555) + domestic controlling behaviour (10) in the window; P3: sexual assault (182.25), wanted;
    // P2 only a victim; P5 a common assault in 2018 (MoPI group 2: ten-year clear period ends 2028) and P6 criminal
    // damage in 2019 (group 3: six years, ended 2025), both outside the window.
    private static string[] Rows() =>
    [
        Header,
        "P1,R1,2026-09-01,019/07,,suspect,Y,P2,Under investigation,N,male,25-34,White",
        "P2,R1,2026-09-01,019/07,,victim,Y,,Under investigation,N,female,25-34,White",
        "P1,R2,2026-05-01,008/75,,charged,Y,P2,,N,male,25-34,White",
        "P3,R3,2026-10-01,020/01,,suspect,N,P4,,Y,male,18-24,Black",
        "P5,R4,2018-03-01,105/01,,convicted,N,,,N,male,35-44,Asian",
        "P6,R5,2019-03-01,058/01,Criminal damage and arson,convicted,N,,,N,male,35-44,White",
    ];

    private static CliRun Imported()
    {
        var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "people.csv");
        File.WriteAllLines(file, Rows());
        Assert.Contains("6 rows of 5 people: 6 records added, 0 updated", cli.RunOk("offenders", "import", file), StringComparison.Ordinal);
        Assert.Contains("imported before; nothing changed", cli.RunOk("offenders", "import", file), StringComparison.Ordinal);
        return cli;
    }

    [Fact]
    public void ScoreExplainReviewExport_EndToEnd_AuditedWithJustification()
    {
        using CliRun cli = Imported();
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--justification", Why, "--json"));
        JsonElement list = doc.RootElement.GetProperty("list");
        Assert.Equal([("P1", 2565.0), ("P3", 182.25)], list.EnumerateArray().Select(e => (e.GetProperty("personId").GetString()!, e.GetProperty("harm").GetDouble())));
        Assert.Equal("OFFICIAL-SENSITIVE", doc.RootElement.GetProperty("marking").GetString());
        Assert.Equal(["P3"], doc.RootElement.GetProperty("wanted").EnumerateArray().Select(e => e.GetProperty("personId").GetString()));
        Assert.Equal(2, doc.RootElement.GetProperty("fairness").GetProperty("suspectCount").GetInt32());
        Assert.Contains("offenders", cli.RunOk("runs", "list", "--kind", "offenders"), StringComparison.Ordinal);

        string explained = cli.RunOk("offenders", "explain", "P1", "--justification", Why);
        Assert.Contains("P1 is ranked 1 of 2 people with a counted offence from 2025-11-01 to 2026-10-31 (365 days).", explained, StringComparison.Ordinal);
        Assert.Contains("2026-09-01 R1 rape of a female aged 16 or over (019/07), suspect, domestic, victim P2: 2,555 days = 2,555", explained, StringComparison.Ordinal);

        Assert.Contains("Recorded: accept P1 on run 1", cli.RunOk("offenders", "review", "P1", "--decision", "accept", "--reason", "Escalating DA", "--reviewer",
            "Sgt Khan", "--justification", Why), StringComparison.Ordinal);
        Assert.Contains("P1  harm 2,565", cli.RunOk("offenders", "managed", "--justification", Why), StringComparison.Ordinal);

        string export = Path.Combine(cli.Directory, "export.csv");
        Assert.Contains("a disclosure to MARAC chair", cli.RunOk("offenders", "export", "--out", export, "--recipient", "MARAC chair", "--justification", "MARAC referral"),
            StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(export);
        Assert.StartsWith("# OFFICIAL-SENSITIVE: offender run 1 top 2, export 1 to MARAC chair", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,P1,2565,2,1,2026-09-01,", lines[2], StringComparison.Ordinal);

        string access = cli.RunOk("offenders", "subject-access", "P1", "--justification", "SAR 2026/114");
        Assert.Contains("export 1 ", access, StringComparison.Ordinal);
        Assert.Contains("accept on run 1 by Sgt Khan: Escalating DA", access, StringComparison.Ordinal);
        Assert.Contains("Named as victim in others' records (2):", cli.RunOk("offenders", "subject-access", "P2", "--justification", "SAR 2026/115"), StringComparison.Ordinal);

        using LanternStore store = LanternStore.OpenExisting(cli.Db)!;
        var audit = AuditEntry.Search(store, null, null, null, null, null, 100);
        Assert.Equal(["offender-import", "offender-score", "offender-explain", "offender-review", "offender-managed-list", "offender-export", "offender-subject-access",
            "offender-subject-access"], audit.Select(e => e.Action).Reverse());
        Assert.All(audit.Where(e => e.Action != "offender-import"), e => Assert.False(string.IsNullOrWhiteSpace(e.Justification)));
        Assert.Equal("MARAC referral", audit.Single(e => e.Action == "offender-export").Justification);
        Assert.Contains("\"recipient\":\"MARAC chair\"", audit.Single(e => e.Action == "offender-export").Detail, StringComparison.Ordinal);
        Assert.Null(AuditEntry.Verify(store).Break);
    }

    [Theory]
    [InlineData("score", "--as-of", "2026-10-31")] // a scoring shows person-level scores
    [InlineData("list")] // a view
    [InlineData("explain", "P1")] // a view of one person
    [InlineData("subject-access", "P1")] // everything held about one person
    [InlineData("managed")] // the managed list
    public void PersonLevelCommands_WithoutJustification_RefusedAndNothingLogged(params string[] args)
    {
        using CliRun cli = Imported();
        cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--justification", Why);
        var (exit, output, error) = cli.Run(["offenders", .. args]);
        Assert.Equal((ExitCodes.Usage, string.Empty), (exit, output));
        Assert.Contains("a justification is required", error, StringComparison.Ordinal);
        using LanternStore store = LanternStore.OpenExisting(cli.Db)!;
        Assert.Equal(2, AuditEntry.Search(store, null, null, null, null, null, 100).Count); // the import and the first scoring only
    }

    [Fact]
    public void Export_WithoutRecipient_Refused_AndReview_WithoutReason_Refused()
    {
        using CliRun cli = Imported();
        cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--justification", Why);
        Assert.Equal(ExitCodes.Usage, cli.Run("offenders", "export", "--out", Path.Combine(cli.Directory, "x.csv"), "--justification", Why).Exit);
        Assert.False(File.Exists(Path.Combine(cli.Directory, "x.csv")));
        Assert.Equal(ExitCodes.Usage, cli.Run("offenders", "review", "P1", "--decision", "accept", "--justification", Why).Exit);
        Assert.Equal(ExitCodes.BadInput, cli.Run("offenders", "review", "P2", "--decision", "accept", "--reason", "x", "--justification", Why).Exit); // a victim has no score
    }

    [Fact]
    public void Import_BadFile_NothingKept_ErrorsNameFileLineField()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "bad.csv");
        File.WriteAllLines(file, [Header, "P1,R1,2026-09-01,019/07,,suspect,Y,P2,,N,male,25-34,White", "P1,R2,2026-09-02,rape,,suspect,Y,,,N,male,25-34,White"]);
        var (exit, _, error) = cli.Run("offenders", "import", file);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("bad.csv line 3, field 'Offence code': 'rape' is not a Home Office offence code", error, StringComparison.Ordinal);
        Assert.Contains("nothing from the file was kept", error, StringComparison.Ordinal);
        using LanternStore store = LanternStore.OpenExisting(cli.Db)!;
        Assert.Equal(0L, Dapper.SqlMapper.ExecuteScalar<long>(store.Connection, "SELECT count(*) FROM offender_record"));
    }

    [Fact]
    public void Retention_ErasesPastRetention_LeavesListWhenNoLongerQualifying_Audited()
    {
        using CliRun cli = Imported();
        cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--justification", Why);
        cli.RunOk("offenders", "review", "P3", "--decision", "accept", "--reason", "Wanted, sexual assault", "--justification", Why);

        // Today is 2026-11-21: P6's group 3 retention (2019-03-01 + 6 years) has ended; P5's group 2 (2018 + 10) has not.
        string ran = cli.RunOk("retention", "run");
        Assert.Contains("1 erased", ran, StringComparison.Ordinal);
        Assert.Contains("0 left the managed list", ran, StringComparison.Ordinal);
        Assert.Contains("Nothing is held", cli.RunOk("offenders", "subject-access", "P6", "--justification", "SAR check"), StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing is held", cli.RunOk("offenders", "subject-access", "P5", "--justification", "SAR check"), StringComparison.Ordinal);

        // A year on, P3's sexual assault has left the window: P3 no longer qualifies and leaves the managed list.
        cli.Time.Now = cli.Time.Now.AddDays(366);
        Assert.Contains("1 left the managed list", cli.RunOk("retention", "run"), StringComparison.Ordinal);
        Assert.Contains("0 people accepted", cli.RunOk("offenders", "managed", "--justification", Why), StringComparison.Ordinal);

        using LanternStore store = LanternStore.OpenExisting(cli.Db)!;
        AuditEntry erase = Assert.Single(AuditEntry.Search(store, null, "offender-erase", null, null, null, 10));
        Assert.Equal("P6", erase.Subject);
        Assert.Contains("MoPI group 3", erase.Detail, StringComparison.Ordinal);
        Assert.Single(AuditEntry.Search(store, null, "offender-list-leave", null, null, null, 10));
        Assert.Equal(0L, Dapper.SqlMapper.ExecuteScalar<long>(store.Connection, "SELECT count(*) FROM offender_record WHERE person_id = 'P6'"));
    }

    [Fact]
    public void Fairness_OfASmallList_IsPersonLevel_JustifiedAndAudited_AndNotPublished()
    {
        using CliRun cli = Imported();
        cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--justification", Why);

        // Two people on the list: their characteristics beside the list that names them are theirs.
        var (exit, _, err) = cli.Run("offenders", "fairness");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("the list has 2 people, fewer than 10", err, StringComparison.Ordinal);
        Assert.Contains("Fairness: the list of 2", cli.RunOk("offenders", "fairness", "--justification", "fairness audit of the list"), StringComparison.Ordinal);
        using (LanternStore store = LanternStore.OpenExisting(cli.Db)!)
        {
            AuditEntry entry = Assert.Single(AuditEntry.Search(store, null, "offender-fairness", null, null, null, 10));
            Assert.Equal("fairness audit of the list", entry.Justification);
        }

        string card = cli.RunOk("model-card", "offenders", "--owner", "Det Supt A. Example, Public Protection");
        Assert.Contains("not published: the latest list has 2 people, fewer than 10", card, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelCard_AtrsShaped_WithTheLatestRunsVersionsAndFairness()
    {
        using CliRun cli = Imported();
        cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--justification", Why);
        string card = cli.RunOk("model-card", "offenders", "--owner", "Det Supt A. Example, Public Protection");
        foreach (string part in (string[])["Tier 1: summary", "Purpose", "Owner and contact: Det Supt A. Example", "Tier 2: data", "Tier 2: method",
            "Weights version: cchi-offence-code-2026-02-r2", "RFGV bands version: rfgv-bands-2026-1", "Tier 2: risks", "Tier 2: fairness results", "Tier 2: review process"])
        {
            Assert.Contains(part, card, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("P1", card, StringComparison.Ordinal); // no person in a public record
    }

    [Fact]
    public void GenerateImportScore_SyntheticForce_PowerFewAndFairness()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "synthetic.csv");
        Assert.Contains("Fictional", cli.RunOk("offenders", "generate", "--out", file, "--as-of", "2026-10-31", "--suspects", "3000"), StringComparison.Ordinal);
        cli.RunOk("offenders", "import", file);
        Assert.Contains("Fairness: the list of 100", cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--justification", Why), StringComparison.Ordinal);
        using JsonDocument few = JsonDocument.Parse(cli.RunOk("offenders", "power-few", "--json"));
        double top10 = few.RootElement.GetProperty("powerFew").GetProperty("offenders").GetProperty("shares")[2].GetProperty("harmShare").GetDouble();
        Assert.InRange(top10, 0.3, 0.9);
        Assert.Contains("suspects", cli.RunOk("offenders", "fairness"), StringComparison.Ordinal);
    }
}
