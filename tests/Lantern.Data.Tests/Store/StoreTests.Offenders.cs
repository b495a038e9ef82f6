using Dapper;
using Lantern.Core.Offenders;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Data.Tests.Store;

/// <summary>Offender records on each store: import whole or not at all, idempotent; scores, decisions, the managed list, disclosures, subject access, erasure.</summary>
public abstract partial class StoreTests
{
    private const string OffenderHeader = "Person ID,Crime reference,Date,Offence code,Crime type,Role,Domestic,Victim ID,Outcome,Wanted,Sex,Age band,Ethnicity";

    private string OffenderFile(string name, params string[] rows) => WriteFile(name, [OffenderHeader, .. rows]);

    // The sample imported and scored as of 2026-10-31, everyone ranked kept: the run's id.
    private long ImportAndScore(LanternStore store)
    {
        OffenderStore.ImportFile(store, SampleOffenders(), "analyst", Now, null);
        (OffenderData data, _) = OffenderStore.Load(store);
        OffenderScoring scoring = OffenderScorer.Score(data, new HarmScoringOptions { AsOf = new DateOnly(2026, 10, 31) });
        long analysis = AnalysisRun.Record(store, "offenders", null, "analyst", "test", Now, "{}", "{}", "{}");
        return OffenderStore.SaveRun(store, scoring, 1, scoring.TopWanted(10).Select(w => scoring.IndexOf(w.PersonId)), analysis, "analyst", Now);
    }

    private string SampleOffenders() => OffenderFile("people.csv",
        "P1,R1,2026-09-01,019/07,,suspect,Y,P2,Under investigation,N,male,25-34,White",
        "P2,R1,2026-09-01,019/07,,victim,Y,,Under investigation,N,female,25-34,White",
        "P1,R2,2026-05-01,008/75,,charged,Y,P2,,N,male,25-34,White",
        "P3,R3,2026-10-01,020/01,,suspect,N,P4,,Y,male,18-24,Black");

    [StoreFact]
    public void Offenders_Import_WholeFile_ThenTheSameFileChangesNothing()
    {
        using LanternStore store = Open();
        string path = SampleOffenders();
        (OffenderImportResult? first, var errors) = OffenderStore.ImportFile(store, path, "analyst", Now, null);
        Assert.Empty(errors);
        Assert.Equal(new OffenderImportResult(false, 4, 4, 0, 3), first);
        Assert.Equal((3L, 4L, 1L), OffenderStore.Counts(store));

        Assert.True(OffenderStore.ImportFile(store, path, "analyst", Now, null).Result!.AlreadyImported);
        Assert.Equal((3L, 4L, 1L), OffenderStore.Counts(store));

        (OffenderData data, PersonDemographics demographics) = OffenderStore.Load(store);
        Assert.Equal(["P1", "P2", "P3"], data.PersonIds);
        Assert.True(data.IsWanted(2));
        Assert.Equal(new Demographic("male", "18-24", "Black"), demographics.Of("P3"));
        Assert.Contains(Enumerable.Range(0, data.RecordCount).Select(data.RecordAt),
            r => r == new OffenderRecord("P1", "R2", new DateOnly(2026, 5, 1), "008/75", Core.Crimes.CrimeCategory.Unknown, OffenderRole.Charged, true, "P2"));
        Assert.Single(AuditEntry.Search(store, null, "offender-import", null, null, null, 10));
    }

    [StoreFact]
    public void Offenders_Import_LaterExport_UpdatesTheRole()
    {
        using LanternStore store = Open();
        OffenderStore.ImportFile(store, SampleOffenders(), "analyst", Now, null);
        string later = OffenderFile("later.csv", "P1,R1,2026-09-01,019/07,,convicted,Y,P2,Offender convicted,N,male,25-34,White");
        Assert.Equal(new OffenderImportResult(false, 1, 0, 1, 1), OffenderStore.ImportFile(store, later, "analyst", Now, null).Result);
        Assert.Equal(3L, store.Connection.ExecuteScalar<long>("SELECT role FROM offender_record WHERE person_id = 'P1' AND reference = 'R1'"));
        Assert.Equal((3L, 4L, 2L), OffenderStore.Counts(store));
    }

    [StoreFact]
    public void Offenders_Import_AnyBadRow_ImportsNothing_AndNamesFileLineField()
    {
        using LanternStore store = Open();
        string bad = OffenderFile("bad.csv",
            "P1,R1,2026-09-01,019/07,,suspect,Y,P2,,N,male,25-34,White",
            "P2,R2,2026-13-01,019/07,,suspect,N,,,N,male,25-34,White");
        (OffenderImportResult? result, var errors) = OffenderStore.ImportFile(store, bad, "analyst", Now, null);
        Assert.Null(result);
        Assert.Equal("bad.csv line 3, field 'Date': '2026-13-01' is not a date (yyyy-MM-dd)", Assert.Single(errors).ToString());
        Assert.Equal((0L, 0L, 0L), OffenderStore.Counts(store));
    }

    [StoreFact]
    public void Offenders_ScoresReviewsAndTheManagedList()
    {
        using LanternStore store = Open();
        long run = ImportAndScore(store);

        StoredScore top = Assert.Single(OffenderStore.Scores(store, run, 10)); // the list is the top 1; P3 is kept for the wanted list only
        Assert.Equal(("P1", 1L, 2565.0, "cchi-offence-code-2026-02-r2", "rfgv-bands-2026-1"), (top.PersonId, top.Rank, top.Harm, top.WeightsVersion, top.BandsVersion));
        Assert.Contains("P1 is ranked 1 of 2", top.Explanation, StringComparison.Ordinal);
        Assert.Equal(["P3"], OffenderStore.Scores(store, run, 10, wantedOnly: true).Select(s => s.PersonId));
        Assert.Equal(("2026-10-31", 365L, "rfgv-bands-2026-1"), (OffenderStore.LatestRun(store)!.AsOf, OffenderStore.LatestRun(store)!.WindowDays,
            OffenderStore.LatestRun(store)!.BandsVersion));

        Assert.Null(OffenderStore.Review(store, run, "P2", "accept", "victim", "sgt", "monthly review", Now, null)); // P2 has no score: a victim
        Assert.NotNull(OffenderStore.Review(store, run, "P3", "defer", "Await the charging decision", "sgt", "monthly review", Now, null));
        Assert.Empty(OffenderStore.Managed(store)); // defer changes nothing: only acceptance puts a person on the list
        long accept = OffenderStore.Review(store, run, "P1", "accept", "Escalating domestic abuse of one victim", "sgt", "monthly review", Now, null)!.Value;
        var managed = Assert.Single(OffenderStore.Managed(store));
        Assert.Equal((accept, "P1", 2565.0), (managed.Review.Id, managed.Score.PersonId, managed.Score.Harm)); // kept with the score it was made on
        OffenderStore.Review(store, run, "P1", "reject", "Now in custody", "insp", "monthly review", Now, null);
        Assert.Empty(OffenderStore.Managed(store));
        Assert.Equal(3, AuditEntry.Search(store, null, "offender-review", null, null, null, 10).Count(e => e.Justification == "monthly review"));
        // A blank reason is refused by the table itself, whatever a caller checked.
        Assert.ThrowsAny<System.Data.Common.DbException>(() => OffenderStore.Review(store, run, "P1", "accept", " ", "sgt", "j", Now, null));
    }

    [StoreFact]
    public void Offenders_ExportSubjectAccessAndErasure_LeaveNoCopy()
    {
        using LanternStore store = Open();
        long run = ImportAndScore(store);
        OffenderStore.Review(store, run, "P1", "accept", "Escalating", "sgt", "monthly review", Now, null);
        long export = OffenderStore.RecordExport(store, $"list run {run}", ["P1", "P3"], "MARAC chair", "MARAC referral", "analyst", Now, null);

        SubjectAccessReport p1 = OffenderStore.SubjectAccess(store, "P1");
        Assert.Equal((2, 1, 1, OffenderStore.Marking, "MARAC chair"), (p1.Records.Count, p1.Scores.Count, p1.Reviews.Count, p1.Disclosures[0].Marking,
            p1.Disclosures[0].Recipient));
        Assert.Equal(export, p1.Disclosures[0].Id);
        Assert.NotNull(p1.ManagedSince);
        SubjectAccessReport p2 = OffenderStore.SubjectAccess(store, "P2");
        Assert.Equal((1, 2, 0), (p2.Records.Count, p2.NamedAsVictim.Count, p2.Scores.Count));

        OffenderStore.Erase(store, "P2", "past retention", "retention", Now);
        OffenderStore.Erase(store, "P1", "past retention", "retention", Now);
        Assert.False(OffenderStore.SubjectAccess(store, "P1").HoldsAnything);
        Assert.False(OffenderStore.SubjectAccess(store, "P2").HoldsAnything);
        foreach (string table in (string[])["offender_person", "offender_record", "offender_score", "offender_review", "offender_managed", "offender_disclosure"])
        {
            Assert.Equal(0L, store.Connection.ExecuteScalar<long>(
                $"SELECT count(*) FROM {table} WHERE person_id IN ('P1', 'P2')"));
        }

        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM offender_score WHERE explanation LIKE '%P1%' OR explanation LIKE '%P2%'"));
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM offender_record WHERE victim_id IN ('P1', 'P2')"));
        Assert.Equal(2, AuditEntry.Search(store, null, "offender-erase", null, null, null, 10).Count);
        Assert.Null(AuditEntry.Verify(store).Break);
    }
}
