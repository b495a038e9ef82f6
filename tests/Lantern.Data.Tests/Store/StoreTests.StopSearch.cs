using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

public abstract partial class StoreTests
{
    [StoreFact]
    public void StopSearchQuery_Load_CountsTheSelectionAndJudgesMonthsOnAllRecords()
    {
        using LanternStore store = Open();
        // August's records run 1 to 31 August (UK time: the first is 00:30 BST on 1 August); September's stop on the 10th.
        Import(store, WriteFile("2023-08/2023-08-metropolitan-stop-and-search.csv", SearchHeader,
            "Person search,2023-07-31T23:30:00+00:00,False,,51.50,-0.10,Male,18-24,White - Irish,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,,",
            "Person search,2023-08-15T12:00:00+00:00,False,,,,Male,18-24,Black/African/Caribbean/Black British - African,Black,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,",
            "Person search,2023-08-31T20:00:00+00:00,False,,51.60,-0.10,Female,over 34,Other ethnic group - Not stated,Asian,Criminal Justice and Public Order Act 1994 (section 60),Anything to threaten or harm anyone,A no further action disposal,,"));
        Import(store, WriteFile("2023-09/2023-09-metropolitan-stop-and-search.csv", SearchHeader,
            "Person search,2023-09-10T10:00:00+00:00,False,,51.50,-0.10,Male,10-17,,Black,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,Community resolution,,"));
        YearMonth august = new(2023, 8), october = new(2023, 10);

        var all = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(august, october));
        StopSearchLoad load = StopSearchQuery.Load(store, new StopSearchSelection("metropolitan", august, october), all, null);
        StopSearchSummary s = all.Build();

        Assert.Equal(new StopSearchLoad(4, 4, 0, 0, 0), load);
        Assert.Equal((4L, 1L), (s.Total.Searches, s.WithoutLocation));
        Assert.Equal([3L, 1L, 0L], s.Months.Select(m => m.Rates.Searches));
        Assert.Equal([MonthStatus.Complete, MonthStatus.Incomplete, MonthStatus.Missing], s.Months.Select(m => m.Status));
        Assert.Equal((new DateOnly(2023, 8, 1), new DateOnly(2023, 8, 31)), (s.Months[0].FirstDay!.Value, s.Months[0].LastDay!.Value));
        Assert.Equal(new EthnicGroupCounts(1, 1, 0, 0, 0), s.BasisSearches);
        Assert.Equal(2, s.UnknownEthnicity);
        Assert.Equal((1L, 4L), (s.Total.Arrest.Events, s.Total.Arrest.Of));

        // Section 60 only, north of northing 185,000 only: the month spans still come from every record.
        var some = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(august, october));
        StopSearchLoad part = StopSearchQuery.Load(store,
            new StopSearchSelection("metropolitan", august, october, new HashSet<Legislation> { Legislation.CjpoaSection60, Legislation.MisuseOfDrugsActSection23 }),
            some, (_, n) => n > 185_000);
        Assert.Equal(new StopSearchLoad(4, 1, 1, 1, 1), part);
        Assert.Equal([MonthStatus.Complete, MonthStatus.Incomplete, MonthStatus.Missing], some.Build().Months.Select(m => m.Status));
    }
}
