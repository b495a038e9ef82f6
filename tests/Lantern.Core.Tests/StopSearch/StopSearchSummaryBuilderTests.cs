using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.StopSearch;

public sealed class StopSearchSummaryBuilderTests
{
    private static readonly YearMonth s_june = new(2023, 6);
    private static readonly EthnicGroupCounts s_residents = new(100_000, 10_000, 20_000, 5_000, 5_000);

    [Fact]
    public void Build_HandWorkedSearches_CountsRatesAndDisproportionality()
    {
        var builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(s_june, s_june.PlusMonths(2)) { Residents = s_residents });
        // White 40 searches, 8 finds and 10 arrests; Black 30, 3 finds and 6 arrests; Asian 10; Other 5; 15 not stated.
        Add(builder, 40, EthnicGroup.White, finds: 8, arrests: 10);
        Add(builder, 30, EthnicGroup.Black, finds: 3, arrests: 6);
        Add(builder, 10, EthnicGroup.Asian, finds: 0, arrests: 0);
        Add(builder, 5, EthnicGroup.Other, finds: 0, arrests: 0);
        Add(builder, 15, EthnicGroup.Unknown, finds: 0, arrests: 0);
        builder.AddMonthSpan(s_june, new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30));
        // July's records stop on the 17th; August has none.
        builder.AddMonthSpan(s_june.PlusMonths(1), new DateOnly(2023, 7, 1), new DateOnly(2023, 7, 17));

        StopSearchSummary s = builder.Build();

        Assert.Equal(100, s.Total.Searches);
        Assert.Equal(new EthnicGroupCounts(40, 30, 10, 0, 5), s.BasisSearches);
        Assert.Equal(15, s.UnknownEthnicity);
        // Every other search of each group has no coordinates: 20 + 15 + 5 + 2 + 7.
        Assert.Equal(49, s.WithoutLocation);
        Assert.Equal(7.5, s.Disproportionality![1].RatioToWhite!.Value, 12);
        Assert.Equal(OutcomeTestMeasure.FindRate, s.OutcomeTest.Measure);
        OutcomeTestRow black = s.OutcomeTest.Rows[1];
        // 3 of 30 against 8 of 40; Newcombe's interval of the difference worked out by hand from the two Wilson intervals.
        Assert.Equal((3L, 30L), (black.Rate.Events, black.Rate.Of));
        Assert.Equal(-0.1, black.DifferenceFromWhite!.Value, 12);
        Assert.Equal(-0.26141856882502656, black.DifferenceLow!.Value, 9);
        Assert.Equal(0.08283380275386187, black.DifferenceHigh!.Value, 9);
        Assert.Equal([MonthStatus.Complete, MonthStatus.Incomplete, MonthStatus.Missing], s.Months.Select(m => m.Status));
        Assert.Null(s.Months[2].Disproportionality);
        Assert.Equal(16, s.Total.Arrest.Events);
        Assert.Contains(s.Notes, n => n.Contains("2023-08", StringComparison.Ordinal) && n.StartsWith("Missing months", StringComparison.Ordinal));
        Assert.Contains(s.Notes, n => n.Contains("2023-07 (records 1 Jul to 17 Jul)", StringComparison.Ordinal));
        Assert.Contains(s.Notes, n => n.StartsWith("15 searches (15.0%) have no self-defined ethnicity", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Breakdowns_InTheFieldsOrderUnknownLast()
    {
        var builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(s_june, s_june));
        builder.Add(Facts(EthnicGroup.Unknown) with { Legislation = Legislation.Unknown });
        builder.Add(Facts(EthnicGroup.White) with { Legislation = Legislation.CjpoaSection60 });
        builder.Add(Facts(EthnicGroup.White) with { Legislation = Legislation.PaceSection1 });
        builder.Add(Facts(EthnicGroup.White) with { Legislation = Legislation.PaceSection1 });

        StopSearchSummary s = builder.Build();

        var rows = s.Breakdowns["legislation"];
        Assert.Equal(["PaceSection1", "CjpoaSection60", "Unknown"], rows.Select(r => r.Key));
        Assert.Equal("Police and Criminal Evidence Act 1984 (section 1)", rows[0].Name);
        Assert.Equal(0.5, rows[0].Share);
        Assert.Null(s.Disproportionality);
    }

    [Fact]
    public void Build_NoLinkRecorded_OutcomeTestUsesPositiveOutcomesAndSaysSo()
    {
        var builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(s_june, s_june) { Basis = EthnicityBasis.OfficerDefined, Residents = s_residents });
        builder.Add(Facts(EthnicGroup.White) with { OutcomeLinked = null, Outcome = SearchOutcome.CommunityResolution });
        builder.Add(Facts(EthnicGroup.White) with { OutcomeLinked = null, Outcome = SearchOutcome.NoFurtherAction });
        builder.Add(Facts(EthnicGroup.Black) with { OutcomeLinked = null, Outcome = SearchOutcome.Unknown, SelfDefined = EthnicGroup.Unknown });

        StopSearchSummary s = builder.Build();

        Assert.Equal(OutcomeTestMeasure.PositiveOutcomeRate, s.OutcomeTest.Measure);
        Assert.Equal((1L, 2L), (s.OutcomeTest.Rows[0].Rate.Events, s.OutcomeTest.Rows[0].Rate.Of));
        // The Black search's outcome is blank: no rate, rather than a rate of zero.
        Assert.Null(s.OutcomeTest.Rows[1].Rate.Value);
        Assert.Null(s.Total.Find.Value);
        // Officer-defined is the basis: the self-defined unknown does not count as unknown here.
        Assert.Equal(0, s.UnknownEthnicity);
        Assert.Contains(s.Notes, n => n.StartsWith("'Outcome linked to object of search' is blank for every search", StringComparison.Ordinal));
        Assert.Contains(s.Notes, n => n.StartsWith("No search was recorded as Mixed by officers", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_MonthOutsideTheSummary_Throws()
    {
        var builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(s_june, s_june));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Facts(EthnicGroup.White) with { MonthIndex = s_june.Index + 1 }));
    }

    private static void Add(StopSearchSummaryBuilder builder, int searches, EthnicGroup group, int finds, int arrests)
    {
        for (int i = 0; i < searches; i++)
        {
            builder.Add(Facts(group) with
            {
                OutcomeLinked = i < finds,
                Outcome = i < arrests ? SearchOutcome.Arrest : SearchOutcome.NoFurtherAction,
                HasLocation = i % 2 == 0,
            });
        }
    }

    private static SearchFacts Facts(EthnicGroup group) =>
        new(s_june.Index, Legislation.MisuseOfDrugsActSection23, ObjectOfSearch.ControlledDrugs, SearchOutcome.NoFurtherAction, false,
            AgeRange.From18To24, Gender.Male, group, group, true);
}
