using Dapper;
using Lantern.Data.Import;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

/// <summary>The web app's tables on each store: accounts, the audit chain, publications and visits, and writers at the same time.</summary>
public abstract partial class StoreTests
{
    [StoreFact]
    public void Account_NamesIgnoreCase_AreUnique_AndChangesRenewTheStamp()
    {
        using LanternStore store = Open();
        long id = Account.Create(store, "J.Smith", "Jo Smith", "hash", ["analyst", "supervisor"], "gwent", null, false, "test", Now);

        Account made = Account.Find(store, "j.smith")!;
        Assert.Equal((id, "j.smith", "Jo Smith", false), (made.Id, made.UserName, made.DisplayName, made.IsDisabled));
        Assert.Equal(["analyst", "supervisor"], made.RoleList);
        Assert.ThrowsAny<System.Data.Common.DbException>(() =>
            Account.Create(store, "j.SMITH", "Another", "hash", ["officer"], null, null, false, "test", Now));

        Assert.True(Account.Update(store, id, "Jo Smith", ["officer"], "gwent", "W02000001", disabled: true));
        Account changed = Account.Find(store, id)!;
        Assert.True(changed.IsDisabled);
        Assert.NotEqual(made.SecurityStamp, changed.SecurityStamp);

        for (int i = 0; i < 3; i++)
        {
            Account.RecordFailedSignIn(store, id, lockAfter: 3, Now.AddMinutes(15));
        }

        Assert.Equal(Now.AddMinutes(15), Account.Find(store, id)!.LockedUntilTime);
        Account.RecordSignIn(store, id);
        Assert.Equal((0L, null), (Account.Find(store, id)!.FailedSignIns, Account.Find(store, id)!.LockedUntil));
    }

    [StoreFact]
    public void TrustedDevices_AreTheAccountsOwn_LockOnTheirOwn_AndAreForgottenWhenOldOrTooMany()
    {
        using LanternStore store = Open();
        long holder = Account.Create(store, "holder", "Holder", "hash", ["analyst"], null, null, false, "test", Now);
        long other = Account.Create(store, "other", "Other", "hash", ["analyst"], null, null, false, "test", Now);
        string laptop = TrustedDevice.NewToken();
        Assert.True(TrustedDevice.IsToken(laptop));
        Assert.False(TrustedDevice.IsToken(laptop + "="));
        TrustedDevice.SignedIn(store, laptop, holder, Now, Now.AddDays(-180));

        Assert.Null(TrustedDevice.Find(store, laptop, other));
        Assert.Null(TrustedDevice.Find(store, TrustedDevice.NewToken(), holder));
        for (int i = 0; i < 3; i++)
        {
            TrustedDevice.Find(store, laptop, holder)!.RecordFailedSignIn(store, lockAfter: 3, Now.AddMinutes(15));
        }

        Assert.Equal(Now.AddMinutes(15), TrustedDevice.Find(store, laptop, holder)!.LockedUntilTime);
        Assert.Null(Account.Find(store, holder)!.LockedUntil); // the account's own lock, for other browsers, is untouched
        Assert.Equal((1L, Account.Iso(Now.AddMinutes(15))), TrustedDevice.Locked(store, Now)[holder]);
        Assert.Empty(TrustedDevice.Locked(store, Now.AddMinutes(16)));
        TrustedDevice.UnlockAll(store, holder);
        Assert.Empty(TrustedDevice.Locked(store, Now));

        // The same browser signing in to another account is known to both.
        TrustedDevice.SignedIn(store, laptop, other, Now, Now.AddDays(-180));
        Assert.NotNull(TrustedDevice.Find(store, laptop, other));

        // A script that keeps no cookies: only the most recently used are kept, and none unused for the lifetime.
        for (int i = 1; i <= TrustedDevice.MaxPerAccount + 5; i++)
        {
            TrustedDevice.SignedIn(store, TrustedDevice.NewToken(), holder, Now.AddMinutes(i), Now.AddDays(-180));
        }

        Assert.Equal(TrustedDevice.MaxPerAccount, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM trusted_device WHERE account_id = @holder", new { holder }));
        Assert.Null(TrustedDevice.Find(store, laptop, holder)); // the oldest
        Assert.NotNull(TrustedDevice.Find(store, laptop, other));
        TrustedDevice.SignedIn(store, TrustedDevice.NewToken(), other, Now, Now.AddDays(-180)); // then never again
        TrustedDevice.SignedIn(store, laptop, other, Now.AddDays(200), Now.AddDays(20));
        Assert.Equal(1, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM trusted_device WHERE account_id = @other", new { other }));
    }

    [StoreFact]
    public void AuditLog_IsChained_RefusesChanges_AndIsSearchedWithoutRegardToCase()
    {
        using LanternStore store = Open();
        AuditEntry first = AuditEntry.Append(store, Now, "analyst", "import", "2024-07-gwent-street.csv");
        AuditEntry second = AuditEntry.Append(store, Now, "inspector", "view-person-data", "stop-search gwent 2024-07", "Section 60 review");

        Assert.Equal(AuditEntry.Genesis, first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal((2L, (AuditBreak?)null), AuditEntry.Verify(store));
        Assert.Single(AuditEntry.Search(store, null, null, "SECTION 60", null, null, 10));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.Connection.Execute("UPDATE audit_entry SET actor = 'someone else'"));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.Connection.Execute("DELETE FROM audit_entry WHERE id = 1"));
        Assert.Equal(2, Count(store, "audit_entry"));
    }

    [StoreFact]
    public void Publication_VersionsPerForceAndDay_AndVisitsAreDosage()
    {
        using LanternStore store = Open();
        long run = AnalysisRun.Record(store, "tasking", "gwent", "analyst", "test", Now, "{}", "{}", "{}");
        var day = new DateOnly(2026, 11, 21);

        TaskingPublication v1 = TaskingPublication.Publish(store, "gwent", day, run, 150, "inspector", Now, "{}", null, [Place(1), Place(2)]);
        TaskingPublication v2 = TaskingPublication.Publish(store, "gwent", day, run, 150, "inspector", Now.AddHours(1), "{}", "after review", [Place(1)]);
        TaskingPublication other = TaskingPublication.Publish(store, "gwent", day.AddDays(1), run, 150, "inspector", Now, "{}", null, [Place(1)]);

        Assert.Equal((1L, 2L, 1L), (v1.Version, v2.Version, other.Version));
        Assert.Equal(v2.Id, TaskingPublication.Latest(store, "gwent", day)!.Id);
        Assert.Equal([1L, 2L], TaskingPublication.Places(store, v1.Id).Select(p => p.Rank));
        Assert.Equal(3, AuditEntry.Search(store, "inspector", "publish-tasking", null, null, null, 10).Count);

        PatrolVisit.Arrive(store, v2.Id, 1, "officer", Now);
        Assert.True(PatrolVisit.Leave(store, v2.Id, 1, "officer", Now.AddMinutes(14)));
        Assert.False(PatrolVisit.Leave(store, v2.Id, 1, "officer", Now.AddMinutes(15)));
        PatrolVisit.Enter(store, v2.Id, 1, "officer", Now.AddHours(2), Now.AddHours(2).AddMinutes(20), Now.AddHours(3));
        Assert.Equal([14.0, 20.0], PatrolVisit.ForPublication(store, v2.Id).Select(v => v.Minutes));

        // Not a place of v2: refused, not handed an id for a row that is not there.
        Assert.ThrowsAny<System.Data.Common.DbException>(() => PatrolVisit.Arrive(store, v2.Id, 2, "officer", Now));
        Assert.Equal(2, Count(store, "patrol_visit"));
    }

    [StoreFact]
    public void AtTheSameTime_TwoImportsAPublicationAndAuditEntries_LoseAndBreakNothing()
    {
        string july = WriteFile("2024-07/2024-07-gwent-street.csv", [StreetHeader, .. Enumerable.Range(0, 3000).Select(i => Street($"a{i}", "2024-07"))]);
        string august = WriteFile("2024-08/2024-08-gwent-street.csv", [StreetHeader, .. Enumerable.Range(0, 3000).Select(i => Street($"b{i}", "2024-08"))]);
        long run;
        using (LanternStore setup = Open())
        {
            run = AnalysisRun.Record(setup, "tasking", "gwent", "analyst", "test", Now, "{}", "{}", "{}");
        }

        // Each writer has its own connection, as two requests or two processes would; they start together.
        using var start = new Barrier(5);
        Task<FileImportResult> first = Task.Run(() => Writer(store => Import(store, july)));
        Task<FileImportResult> second = Task.Run(() => Writer(store => Import(store, august)));
        Task<TaskingPublication> published = Task.Run(() => Writer(store =>
            TaskingPublication.Publish(store, "gwent", new DateOnly(2026, 11, 21), run, 150, "inspector", Now, "{}", null, [Place(1)])));
        Task<TaskingPublication> republished = Task.Run(() => Writer(store =>
            TaskingPublication.Publish(store, "gwent", new DateOnly(2026, 11, 21), run, 150, "supervisor", Now, "{}", null, [Place(1)])));
        Task audits = Task.Run(() => Writer(store =>
        {
            for (int i = 0; i < 20; i++)
            {
                AuditEntry.Append(store, Now, "analyst", "view-person-data", $"record {i}", "test");
            }

            return 0;
        }));
        Task.WaitAll(first, second, published, republished, audits);

        using LanternStore store = Open();
        Assert.Equal((3000L, 3000L), (first.Result.RowsImported, second.Result.RowsImported));
        Assert.Equal(6000, Count(store, "crime"));
        Assert.Equal([1L, 2L], new[] { published.Result.Version, republished.Result.Version }.Order());
        Assert.Equal((22L, (AuditBreak?)null), AuditEntry.Verify(store));

        T Writer<T>(Func<LanternStore, T> work)
        {
            using LanternStore store = Open();
            start.SignalAndWait();
            return work(store);
        }
    }

    private static PublishedPlace Place(long rank) =>
        new(0, rank, $"150m-E331050-N18{rank}100", 2207, 1254, 331125, 188175, 51.588, -2.997, null, 12.5, 3, 2, 15, "", "test place");
}
