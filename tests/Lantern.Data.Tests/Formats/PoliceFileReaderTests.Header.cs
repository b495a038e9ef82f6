using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed partial class PoliceFileReaderTests
{
    private static FileError OpenError(string text, string fileName = "file.csv")
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, fileName);
        Assert.False(open.IsSuccess);
        return open.Error;
    }

    [Theory]
    [InlineData(StreetHeader, (int)SourceKind.Street)] // data.police.uk street
    [InlineData(OutcomesHeader, (int)SourceKind.Outcomes)] // data.police.uk outcomes
    [InlineData(StopSearchHeader, (int)SourceKind.StopAndSearch)] // data.police.uk stop-and-search
    [InlineData(ForceExportHeader, (int)SourceKind.ForceExport)] // force export, canonical order
    [InlineData("crime type,MONTH,Crime ID", (int)SourceKind.Street)] // any case and order, optional columns left out
    [InlineData(" Crime reference , Force ,Crime type,Committed from,Easting,Northing", (int)SourceKind.ForceExport)] // spaces around names; the minimum export
    [InlineData("Outcome,Force,Latitude,Committed from,Longitude,Crime type,Crime reference", (int)SourceKind.ForceExport)] // export with WGS84 only, shuffled
    public void Open_KnownHeader_RecognisesKind(string header, int kind)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(header + "\n"));
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, "file.csv");

        Assert.True(open.IsSuccess, open.Error?.ToString());
        using PoliceFileReader reader = open.Reader;
        Assert.Equal((SourceKind)kind, reader.Kind);
    }

    [Theory]
    [InlineData("", "(header)", "the file is empty: expected a header line")] // empty file
    [InlineData("\n\n", "(header)", "the file is empty: expected a header line")] // only blank lines
    [InlineData("a,b,c\n", "(header)", "not a recognised header")] // some other CSV
    [InlineData(StreetHeader + ",Notes\n", "Notes", "unknown column for a data.police.uk street file")] // an extra column
    [InlineData(OutcomesHeader + ",Crime type\n", "Outcome type", "unknown column")] // mixing street and outcomes columns
    [InlineData("Crime ID,Month,Month,Crime type\n", "Month", "the column appears twice")] // duplicate
    [InlineData("Crime ID,Crime type,Longitude,Latitude\n", "Month", "required column missing from a data.police.uk street file")] // no Month
    [InlineData("Crime ID,Month,Crime type,Longitude\n", "Latitude", "column missing: 'Longitude' needs 'Latitude'")] // half a pair
    [InlineData("Type,Object of search,Gender\n", "Date", "required column missing")] // stop-and-search without Date
    [InlineData("Crime reference,Force,Crime type,Committed from\n", "(header)", "a force export needs a location")] // export without a location pair
    [InlineData("Crime reference,Force,Crime type,Committed from,Easting\n", "Northing", "column missing: 'Easting' needs 'Northing'")] // half a BNG pair
    [InlineData("Crime reference,Force,Crime type,Easting,Northing\n", "Committed from", "required column missing from a force export file")] // no time
    [InlineData("Crime reference,Force,Crime type,Committed from,Easting,Northing,LSOA name\n", "LSOA name", "unknown column for a force export file")] // street column in an export
    [InlineData("\"Crime ID,Month\n", "(header)", "unreadable header: malformed quoting: unterminated quoted field")] // broken quoting
    public void Open_BadHeader_ReturnsFileError(string text, string field, string reasonStart)
    {
        FileError error = OpenError(text);

        Assert.Equal("file.csv", error.File);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(reasonStart, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_HeaderAfterBlankLines_ErrorGivesItsLine()
    {
        FileError error = OpenError("\n\nx,y\n");

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void FileError_ToString_NamesFileLineAndField()
    {
        FileError error = OpenError(StreetHeader + ",Notes\n", "2024-07-gwent-street.csv");

        Assert.Equal("2024-07-gwent-street.csv line 1, field 'Notes': unknown column for a data.police.uk street file", error.ToString());
    }
}
