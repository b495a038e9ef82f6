using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed partial class PoliceFileReaderTests
{
    // The day of the import in these tests: every good row of the other tests is on or before it.
    private static readonly DateOnly s_importDay = new(2024, 8, 1);

    [Theory]
    // a month typed a year out (2099 for 2009) became the force's newest month and hid the months held
    [InlineData(StreetHeader, "f1,2099-07,Gwent Police,Gwent Police,-2.981547,51.600817,On or near Oak Street,W01001680,Newport 007E,Burglary,,",
        "2024-07-gwent-street.csv", "Month", "in the future: '2099-07' is after the day of the import (2024-08-01)")]
    // the month after the import's: no month is published before it ends
    [InlineData(OutcomesHeader, "f2,2024-09,Gwent Police,Gwent Police,-2.981547,51.600817,On or near Oak Street,W01001680,Newport 007E,Suspect charged",
        "2024-07-gwent-outcomes.csv", "Month", "in the future: '2024-09' is after the day of the import (2024-08-01)")]
    // a force export's time the next day
    [InlineData(ForceExportHeader, "GW/24/9,Gwent Police,8/1,Robbery,2024-08-02T00:00,,331000,188000,,,,,", ExportFile, "Committed from",
        "in the future: '2024-08-02T00:00' is after the day of the import (2024-08-01)")]
    // a window that ends in the future
    [InlineData(ForceExportHeader, "GW/24/9,Gwent Police,8/1,Robbery,2024-07-31T22:00,2042-07-01T10:00,331000,188000,,,,,", ExportFile, "Committed to",
        "in the future: '2042-07-01T10:00' is after the day of the import (2024-08-01)")]
    // 23:30 UTC in summer is 00:30 the next day in the UK: the import's day is a UK day
    [InlineData(StopSearchHeader, "Person search,2024-08-01T23:30:00+00:00,False,,51.5074,-0.1278,Male,18-24,,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False",
        SearchFile, "Date", "in the future: '2024-08-01T23:30:00+00:00' is after the day of the import (2024-08-01)")]
    public void ReadAll_RecordAfterTheDayOfTheImport_IsRejectedAsInTheFuture(string header, string row, string fileName, string field, string reason)
    {
        RowReject reject = SingleReject(header, row, fileName, s_importDay);

        Assert.Equal(field, reject.Field);
        Assert.Equal(reason, reject.Reason);
    }

    [Fact]
    public void ReadAll_RecordsOnTheDayOfTheImport_AreKept()
    {
        // The import's own month and day are not the future: a force export of today's crimes, today's month.
        RecordingSink street = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow.Replace("2024-07", "2024-08", StringComparison.Ordinal)}\n", today: s_importDay);
        RecordingSink export = RecordingSink.Read(
            $"{ForceExportHeader}\nGW/24/9,Gwent Police,8/1,Robbery,2024-08-01T23:59,,331000,188000,,,,,\n", ExportFile, today: s_importDay);

        Assert.Equal((1, 0), (street.Accepted, street.Rejects.Count));
        Assert.Equal((1, 0), (export.Accepted, export.Rejects.Count));
    }
}
