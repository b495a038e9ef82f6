using System.Globalization;
using System.Text;
using Lantern.Core.StopSearch;
using Lantern.Core.StopSearch.Section60;
using Lantern.Core.Time;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Store;
using NetTopologySuite.Geometries;

namespace Lantern.Data.Tests.Store;

/// <summary>The Section 60 register on each store: written, extended and withdrawn once each, every change audited; and searches by time, place and reference.</summary>
public abstract partial class StoreTests
{
    // A square of about 1.4 km around (51.50, -0.10), Southwark.
    private const string S60Square = """{"type":"Polygon","coordinates":[[[-0.11,51.495],[-0.09,51.495],[-0.09,51.505],[-0.11,51.505],[-0.11,51.495]]]}""";

    [StoreFact]
    public void Section60_RecordExtendWithdraw_OnceEach_Audited_AndReadBack()
    {
        using LanternStore store = Open();
        Geometry area = GeoJsonPolygon.Read(Encoding.UTF8.GetBytes(S60Square), "square").Area!;
        Section60Authorisation a = Authorisation("MPS/S60/0001");
        long id = Section60Store.Record(store, a, area, GeoJsonPolygon.ToGeoJson(area), null, "analyst", Now, "127.0.0.1");

        Section60Row row = Section60Store.Find(store, "metropolitan", "MPS/S60/0001")!;
        Assert.Equal((id, "inspector", "may", "statutory", "2023-08-27T11:00:00Z", "2023-08-28T11:00:00Z"),
            (row.Id, row.Rank, row.Belief, row.RuleSet, row.StartsAt, row.EndsAt));
        Assert.Equal(a, row.ToAuthorisation() with { CommunityNotifiedAt = a.CommunityNotifiedAt }); // every field round-trips
        Assert.Equal(area.EnvelopeInternal.MinX, row.MinE, 3);
        Assert.Equal(Section60Store.FindAll(store, "MPS/S60/0001").Select(r => r.Id), [id]);
        Assert.ThrowsAny<System.Data.Common.DbException>(() =>
            Section60Store.Record(store, a, area, GeoJsonPolygon.ToGeoJson(area), null, "analyst", Now, null)); // the same reference again

        var extension = new Section60Extension(a.End.AddHours(12), "John Roe", OfficerRank.Superintendent, a.End.AddHours(-1));
        Assert.True(Section60Store.Extend(store, row, extension, "supervisor", Now, null));
        Assert.False(Section60Store.Extend(store, row, extension, "supervisor", Now, null)); // one extension only, whatever a caller checked
        var withdrawal = new Section60Withdrawal(a.End.AddHours(2), "Jane Doe", "The threat passed");
        Assert.True(Section60Store.Withdraw(store, row, withdrawal, "supervisor", Now, null));
        Assert.False(Section60Store.Withdraw(store, row, withdrawal, "supervisor", Now, null));

        Section60Authorisation back = Section60Store.Find(store, "metropolitan", "MPS/S60/0001")!.ToAuthorisation();
        Assert.Equal((extension, withdrawal, a.End.AddHours(2)), (back.Extension, back.Withdrawal, back.EffectiveEnd));
        Assert.Equal(["s60-authorise", "s60-extend", "s60-withdraw"], AuditEntry.Search(store, null, null, "MPS/S60/0001", null, null, 10).Select(e => e.Action).Reverse());
        Assert.Equal((3L, (AuditBreak?)null), AuditEntry.Verify(store));
        Assert.Single(Section60Store.List(store, "metropolitan", 10));
        Assert.Empty(Section60Store.List(store, "gwent", 10));
    }

    [StoreFact]
    public void Section60_Overlapping_OtherAuthorisationsOfTheForceMeetingInTimeAndBox()
    {
        using LanternStore store = Open();
        Geometry area = GeoJsonPolygon.Read(Encoding.UTF8.GetBytes(S60Square), "square").Area!;
        Geometry far = GeoJsonPolygon.Read(Encoding.UTF8.GetBytes(S60Square.Replace("-0.11", "-1.11", StringComparison.Ordinal).Replace("-0.09", "-1.09",
            StringComparison.Ordinal)), "far").Area!;
        void Record(string reference, int startHour, Geometry where, string force = "metropolitan") =>
            Section60Store.Record(store, Authorisation(reference, force, startHour), where, GeoJsonPolygon.ToGeoJson(where), null, "analyst", Now, null);
        Record("A", 0, area);      // 11:00 on the 27th to 11:00 on the 28th (UTC)
        Record("B", 12, area);     // half a day later: overlaps A
        Record("C", 24, area);     // begins when A ends: the periods are half-open, so no overlap
        Record("D", 6, far);       // the same time, 70 km away
        Record("E", 6, area, "city-of-london"); // another force
        Section60Row a = Section60Store.Find(store, "metropolitan", "A")!;
        Section60Store.Withdraw(store, Section60Store.Find(store, "metropolitan", "B")!, new Section60Withdrawal(a.ToAuthorisation().Start.AddHours(11), "x", "y"),
            "analyst", Now, null); // withdrawn before A ends: still overlaps

        Assert.Equal(["B"], Section60Store.Overlapping(store, a, a.ToAuthorisation().Start, a.ToAuthorisation().EffectiveEnd).Select(r => r.Reference));
    }

    [StoreFact]
    public void Section60_TheTableRefusesWhatTheRulesRefuse_EvenIfACallerDidNot()
    {
        using LanternStore store = Open();
        Geometry area = GeoJsonPolygon.Read(Encoding.UTF8.GetBytes(S60Square), "square").Area!;
        Section60Authorisation backwards = new("MPS/S60/0002", "metropolitan", "Jane Doe", OfficerRank.Inspector, "Grounds", Section60Belief.May, "Borough",
            true, new DateTimeOffset(2023, 8, 28, 11, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 8, 27, 11, 0, 0, TimeSpan.Zero), Section60RuleSet.Statutory2022);
        Assert.ThrowsAny<System.Data.Common.DbException>(() =>
            Section60Store.Record(store, backwards, area, GeoJsonPolygon.ToGeoJson(area), null, "analyst", Now, null));
        Assert.Equal(0, Count(store, "section60_authorisation"));
        Assert.Equal(0, Count(store, "audit_entry")); // refused whole: no audit entry of something not written
    }

    [StoreFact]
    public void Section60_RuleSetting_DefaultsToNone_SetAndChanged_Audited()
    {
        using LanternStore store = Open();
        Assert.Null(Section60Store.RuleSetting(store, "metropolitan"));
        Section60Store.SetRuleSetting(store, "metropolitan", Section60RuleSet.BestUse2014, "administrator", Now, null);
        Assert.Equal("best-use", Section60Store.RuleSetting(store, "metropolitan")!.Value.RuleSet);
        Section60Store.SetRuleSetting(store, "metropolitan", Section60RuleSet.Statutory2022, "administrator", Now.AddDays(1), null);
        Assert.Equal(("statutory", "administrator"), (Section60Store.RuleSetting(store, "metropolitan")!.Value.RuleSet, Section60Store.RuleSetting(store, "metropolitan")!.Value.SetBy));
        Assert.Equal(["s60-rules", "s60-rules"], AuditEntry.Search(store, null, "s60-rules", null, null, null, 10).Select(e => e.Action));
    }

    [StoreFact]
    public void StopSearchQuery_Load_WindowAndOperation_CountTheSearchesUnderAnAuthorisation()
    {
        using LanternStore store = Open();
        Import(store, WriteFile("2023-08/2023-08-metropolitan-stop-and-search.csv", SearchHeader,
            // Inside the square and the window (11:00Z on the 27th to 11:00Z on the 28th): counted.
            "Person search,2023-08-27T11:00:00+00:00,False,,51.50,-0.10,Male,18-24,White - Irish,White,Criminal Justice and Public Order Act 1994 (section 60),Offensive weapons,Arrest,,",
            "Person search,2023-08-28T10:59:00+00:00,False,,51.50,-0.10,Male,18-24,,Black,Criminal Justice and Public Order Act 1994 (section 60),Offensive weapons,A no further action disposal,,",
            // At the end instant: the period is half-open, so not under it.
            "Person search,2023-08-28T11:00:00+00:00,False,,51.50,-0.10,Male,18-24,,Black,Criminal Justice and Public Order Act 1994 (section 60),Offensive weapons,A no further action disposal,,",
            // In the window, outside the square; and without coordinates.
            "Person search,2023-08-27T15:00:00+00:00,False,,51.60,-0.10,Male,18-24,,Black,Criminal Justice and Public Order Act 1994 (section 60),Offensive weapons,A no further action disposal,,",
            "Person search,2023-08-27T16:00:00+00:00,False,,,,Male,18-24,,Black,Criminal Justice and Public Order Act 1994 (section 60),Offensive weapons,A no further action disposal,,",
            // Named by the force as under this authorisation, though far away and later: counted, and said to be elsewhere.
            "Person search,2023-08-30T16:00:00+00:00,True,op gatehouse,51.60,-0.20,Male,18-24,,Black,Criminal Justice and Public Order Act 1994 (section 60),Offensive weapons,A no further action disposal,,",
            // Another power in the square and window.
            "Person search,2023-08-27T12:00:00+00:00,False,,51.50,-0.10,Male,18-24,,Black,Police and Criminal Evidence Act 1984 (section 1),Offensive weapons,Arrest,,"));
        Geometry area = GeoJsonPolygon.Read(Encoding.UTF8.GetBytes(S60Square), "square").Area!;
        YearMonth august = new(2023, 8);
        var builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(august, august));
        var selection = new StopSearchSelection("metropolitan", august, august, new HashSet<Legislation> { Legislation.CjpoaSection60 })
        {
            Window = (DateTimeOffset.Parse("2023-08-27T11:00:00Z", CultureInfo.InvariantCulture), DateTimeOffset.Parse("2023-08-28T11:00:00Z", CultureInfo.InvariantCulture)),
            Operation = "OP GATEHOUSE",
        };

        StopSearchLoad load = StopSearchQuery.Load(store, selection, builder, new StoredArea("s60", "MPS/S60/0001", null, area));

        Assert.Equal(new StopSearchLoad(Read: 7, Counted: 3, OtherPowers: 1, OutsideArea: 1, Unplaced: 1, OutsideWindow: 1, ByOperation: 1, OperationElsewhere: 1), load);
        Assert.Equal((1L, 3L), (builder.Build().Total.Arrest.Events, builder.Build().Total.Arrest.Of));
    }

    private static Section60Authorisation Authorisation(string reference, string force = "metropolitan", int startHour = 0) =>
        new(reference, force, "Jane Doe", OfficerRank.Inspector, "Intelligence of a planned fight between two groups", Section60Belief.May,
            "Southwark, around Borough Market", hasArea: true, new DateTimeOffset(2023, 8, 27, 11, 0, 0, TimeSpan.Zero).AddHours(startHour),
            new DateTimeOffset(2023, 8, 28, 11, 0, 0, TimeSpan.Zero).AddHours(startHour), Section60RuleSet.Statutory2022);
}
