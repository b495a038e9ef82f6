using System.Text;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

// Files as a force's data really arrives: saved again by Excel, in another encoding, joined together, cut short.
public sealed partial class PoliceFileReaderTests
{
    private const string SecondStreetRow =
        "def456,2024-07,Gwent Police,Gwent Police,-2.99,51.59,On or near Elm Street,W01001680,Newport 007E,Robbery,Under investigation,";

    private static RecordingSink ReadBytes(byte[] bytes, string fileName = "2024-07-gwent-street.csv")
    {
        using var stream = new MemoryStream(bytes);
        return RecordingSink.Read(stream, fileName);
    }

    [Fact]
    public void ReadAll_Utf16FileFromExcel_SameRowsAndKeysAsUtf8()
    {
        string text = $"{StreetHeader}\r\n{GoodStreetRow}\r\n{SecondStreetRow}\r\n";
        RecordingSink utf8 = RecordingSink.Read(text);

        RecordingSink utf16 = ReadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        Assert.Equal(2, utf16.Accepted);
        Assert.Empty(utf16.Rejects);
        Assert.Equal(utf8.Keys, utf16.Keys);
    }

    [Fact]
    public void ReadAll_OldMacLineEndings_SameRowsAndKeysAsLf()
    {
        RecordingSink lf = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow}\n{SecondStreetRow}\n");

        RecordingSink cr = RecordingSink.Read($"{StreetHeader}\r{GoodStreetRow}\r{SecondStreetRow}\r");

        Assert.Equal(2, cr.Accepted);
        Assert.Equal(lf.Keys, cr.Keys);
        Assert.Equal([2L, 3L], cr.Crimes.Select(c => c.Line));
    }

    [Fact]
    public void ReadAll_TrailingCommaOnEveryLine_ReadAsBeforeWithTheSameKeys()
    {
        // Excel writes an empty unnamed column when a cell right of the table was ever touched.
        RecordingSink plain = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow}\n{SecondStreetRow}\n");

        RecordingSink excel = RecordingSink.Read($"{StreetHeader},\n{GoodStreetRow},\n{SecondStreetRow}, \n");

        Assert.Empty(excel.Rejects);
        Assert.Equal(plain.Keys, excel.Keys);
    }

    [Fact]
    public void ReadAll_MonthWithSpacesAround_ReadAsTheCoordinatesAndDatesAre()
    {
        // data.police.uk never writes one, but a spreadsheet's padded cell does; a number or a date with spaces around it
        // is read too, so the month is not the one field to reject for them.
        RecordingSink street = RecordingSink.Read($"{StreetHeader}\nabc123, 2024-07 ,Gwent Police,Gwent Police, -2.981547 ,51.600817,On or near Oak Street,W01001680,Newport 007E,Robbery,,\n");
        RecordingSink outcomes = RecordingSink.Read(
            $"{OutcomesHeader}\nabc123,2024-07\t,Gwent Police,Gwent Police,-2.981547,51.600817,On or near Oak Street,W01001680,Newport 007E,Suspect charged\n",
            "2024-07-gwent-outcomes.csv");

        Assert.Empty(street.Rejects);
        Assert.Empty(outcomes.Rejects);
        Assert.Equal(new Lantern.Core.Time.YearMonth(2024, 7), Assert.Single(street.Crimes).Record.Month);
        Assert.Equal(new Lantern.Core.Time.YearMonth(2024, 7), Assert.Single(outcomes.Outcomes).Record.Month);
    }

    [Fact]
    public void ReadAll_ValueUnderAColumnWithNoName_Rejected()
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader},\n{GoodStreetRow},\n{SecondStreetRow},stray\n");

        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal(3, reject.Line);
        Assert.Equal("(record)", reject.Field);
        Assert.Equal("a value in column 13, which has no name in the header: 'stray'", reject.Reason);
    }

    [Fact]
    public void ReadAll_Windows1252Bytes_RowRejectedOnItsFieldNotStoredChanged()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes($"{StreetHeader}\n{GoodStreetRow}\n"), .. Encoding.Latin1.GetBytes(SecondStreetRow.Replace("Elm", "Café", StringComparison.Ordinal)), (byte)'\n'];

        RecordingSink sink = ReadBytes(bytes);

        Assert.Single(sink.Crimes);
        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal((3L, "Location"), (reject.Line, reject.Field));
        Assert.StartsWith("bytes that are not UTF-8", reject.Reason);
    }

    [Fact]
    public void ReadAll_NulCharacter_RowRejectedAndKeptVisible()
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow.Replace("Oak", "O\0ak", StringComparison.Ordinal)}\n{SecondStreetRow}\n");

        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal("Location", reject.Field);
        Assert.StartsWith("a NUL character", reject.Reason);
        Assert.Contains("O\u2400ak", reject.RawLine, StringComparison.Ordinal); // PostgreSQL text cannot hold NUL itself
        Assert.Single(sink.Crimes);
    }

    [Theory]
    [InlineData("")] // joined by copy and paste
    [InlineData("\uFEFF")] // joined with cat: the second file's byte order mark starts its header
    public void ReadAll_HeaderRepeatedHalfWay_SaysSoAndReadsTheRest(string bom)
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow}\n{bom}{StreetHeader}\n{SecondStreetRow}\n");

        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal((3L, "(record)"), (reject.Line, reject.Field));
        Assert.StartsWith("the header line again", reject.Reason);
        Assert.Equal(2, sink.Accepted);
    }

    [Fact]
    public void ReadAll_UnterminatedQuote_NamesTheFieldItOpensIn()
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow}\n{SecondStreetRow.Replace("On or near", "\"On or near", StringComparison.Ordinal)}\n{GoodStreetRow}\n");

        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal((3L, "Location"), (reject.Line, reject.Field));
        Assert.StartsWith("malformed quoting: unterminated quoted field", reject.Reason);
    }

    [Theory]
    [InlineData("31/07/2024 23:15", "2024-07-31T23:15:00")] // Excel's UK form, no seconds
    [InlineData("31/07/2024 23:15:10", "2024-07-31T23:15:10")] // with seconds
    [InlineData("2024-10-27 01:30", "2024-10-27T01:30:00")] // the hour the clocks go back happens twice: kept as written
    public void ReadAll_ForceExportTimesExcelWrites_Read(string from, string expected)
    {
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{GoodExportRow.Replace("2024-07-31T23:15,2024-08-01T00:40:30", from + ",", StringComparison.Ordinal)}\n", "export.csv");

        Assert.Empty(sink.Rejects);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(sink.Crimes).Record.CommittedFrom);
    }

    [Theory]
    [InlineData("2024-03-31 01:30", "not a UK time: the clocks went forward")] // an hour that never happened in the UK
    [InlineData("2024-07-31T23:15+01:00", "a time with an offset or Z is not taken")] // an offset: which clock is meant is the export's to say
    [InlineData("2024-07-31T22:15Z", "a time with an offset or Z is not taken")] // UTC
    [InlineData("2024-02-30 10:00", "not a local date-time")] // no such day
    public void ReadAll_ForceExportTimesThatCannotBeRead_RejectedWithWhy(string from, string reasonStart)
    {
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{GoodExportRow.Replace("2024-07-31T23:15,2024-08-01T00:40:30", from + ",", StringComparison.Ordinal)}\n", "export.csv");

        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal("Committed from", reject.Field);
        Assert.StartsWith(reasonStart, reject.Reason);
    }

    [Theory]
    [InlineData("08-Jan")] // Excel read 8/1 as the 8th of January
    [InlineData("0.125")] // Excel read 1/8 as a fraction
    public void ReadAll_OffenceCodeExcelChanged_ReasonSaysSo(string code)
    {
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{GoodExportRow.Replace(",8/1,", $",{code},", StringComparison.Ordinal)}\n", "export.csv");

        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal("Offence code", reject.Field);
        Assert.Contains("format the column as Text", reject.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Crime ID\tMonth\tCrime type\n", "separated by tabs")] // Excel's "Unicode Text"
    [InlineData("Crime ID;Month;Crime type\n", "separated by semicolons")] // Excel in a decimal-comma locale
    [InlineData("PK\u0003\u0004\u0014\0\0\0\b\0", "an Excel workbook (.xlsx)")] // a workbook renamed .csv
    public void Open_HeaderInAnotherDialect_SaysWhich(string header, string reasonPart)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(header));

        PoliceFileOpenResult open = PoliceFileReader.Open(stream, "x.csv");

        Assert.Contains(reasonPart, open.Error!.Reason, StringComparison.Ordinal);
    }
}
