using Lantern.Core.Crimes;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed partial class PoliceFileReaderTests
{
    private const string StreetHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private const string OutcomesHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";

    private const string GoodStreetRow =
        "abc123,2024-07,Gwent Police,Gwent Police,-2.981547,51.600817,On or near Oak Street,W01001680,Newport 007E,Burglary,Under investigation,";

    private static RowReject SingleReject(string header, string row, string fileName = "2024-07-gwent-street.csv", DateOnly? today = null)
    {
        RecordingSink sink = RecordingSink.Read($"{header}\n{GoodStreetRowFor(header)}\n{row}\n", fileName, today: today);
        Assert.Equal(1, sink.Accepted);
        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal(3, reject.Line);
        Assert.Equal(row, reject.RawLine);
        return reject;
    }

    private static string GoodStreetRowFor(string header) => header switch
    {
        StreetHeader => GoodStreetRow,
        OutcomesHeader => "abc123,2024-07,Gwent Police,Gwent Police,-2.981547,51.600817,On or near Oak Street,W01001680,Newport 007E,Suspect charged",
        StopSearchHeader => GoodSearchRow,
        ForceExportHeader => GoodExportRow,
        _ => throw new ArgumentOutOfRangeException(nameof(header)),
    };

    [Fact]
    public void ReadAll_StreetRow_MapsEveryColumn()
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow}\n");

        (long line, _, CrimeRecord r) = Assert.Single(sink.Crimes);
        Assert.Equal(2, line);
        Assert.Equal(new YearMonth(2024, 7), r.Month);
        Assert.Equal("abc123", r.CrimeId);
        Assert.Equal("gwent", r.ForceSlug);
        Assert.Equal("Gwent Police", r.ReportedBy);
        Assert.Equal("Gwent Police", r.FallsWithin);
        Assert.Equal(-2.981547, r.Longitude);
        Assert.Equal(51.600817, r.Latitude);
        Assert.InRange(r.Easting!.Value, 330_000, 333_000);
        Assert.InRange(r.Northing!.Value, 187_000, 190_000);
        Assert.Equal("On or near Oak Street", r.Location);
        Assert.Equal("W01001680", r.LsoaCode);
        Assert.Equal("Newport 007E", r.LsoaName);
        Assert.Equal("Burglary", r.CategoryRaw);
        Assert.Equal(CrimeCategory.Burglary, r.Category);
        Assert.Equal("Under investigation", r.OutcomeRaw);
        Assert.Equal(OutcomeCategory.UnderInvestigation, r.Outcome);
        Assert.Null(r.Context);
        Assert.Null(r.OffenceCode);
        Assert.Null(r.CommittedFrom);
    }

    [Fact]
    public void ReadAll_AntiSocialBehaviourWithNoLocation_KeptWithNullsNotRejected()
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\n,2024-07,Gwent Police,Gwent Police,,,No location,,,Anti-social behaviour,,\n");

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Empty(sink.Rejects);
        Assert.Null(r.CrimeId);
        Assert.Null(r.Longitude);
        Assert.Null(r.Latitude);
        Assert.Null(r.Easting);
        Assert.Null(r.Northing);
        Assert.Null(r.LsoaCode);
        Assert.Null(r.OutcomeRaw);
        Assert.Equal(OutcomeCategory.Unknown, r.Outcome);
        Assert.Equal(CrimeCategory.AntiSocialBehaviour, r.Category);
    }

    [Fact]
    public void ReadAll_MonthDifferentFromFileName_KeptAsGiven()
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow.Replace("2024-07", "2024-05", StringComparison.Ordinal)}\n");

        Assert.Equal(new YearMonth(2024, 5), Assert.Single(sink.Crimes).Record.Month);
        Assert.Empty(sink.Rejects);
    }

    [Fact]
    public void ReadAll_UnknownCategory_KeptRawAsUnknown()
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\n{GoodStreetRow.Replace("Burglary", "Cyber stalking", StringComparison.Ordinal)}\n");

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Equal("Cyber stalking", r.CategoryRaw);
        Assert.Equal(CrimeCategory.Unknown, r.Category);
    }

    [Fact]
    public void ReadAll_ForceFromFileNameWhenColumnsBlank_UsesFileName()
    {
        RecordingSink sink = RecordingSink.Read(
            $"{StreetHeader}\nx,2024-07,,,-0.1,51.5,On or near A,E01000001,City of London 001A,Robbery,,\n", "2019-03-city-of-london-street.csv");

        Assert.Equal("city-of-london", Assert.Single(sink.Crimes).Record.ForceSlug);
    }

    [Theory]
    // Each row differs from the good row in one field; the reject names that field.
    [InlineData("abc,2024-07,Gwent Police", "(record)", "expected 12 fields as in the header, found 3")] // too few fields
    [InlineData(GoodStreetRow + ",extra", "(record)", "expected 12 fields as in the header, found 13")] // too many fields
    [InlineData("abc,,Gwent Police,Gwent Police,-3,51.6,L,W1,N,Burglary,,", "Month", "required field is empty")] // blank month
    [InlineData("abc,2024-13,Gwent Police,Gwent Police,-3,51.6,L,W1,N,Burglary,,", "Month", "not a month (expected yyyy-MM): '2024-13'")] // month 13
    [InlineData("abc,July 2024,Gwent Police,Gwent Police,-3,51.6,L,W1,N,Burglary,,", "Month", "not a month (expected yyyy-MM): 'July 2024'")] // words
    [InlineData("abc,2024-07-01,Gwent Police,Gwent Police,-3,51.6,L,W1,N,Burglary,,", "Month", "not a month (expected yyyy-MM): '2024-07-01'")] // a date is not a month
    [InlineData("abc,2024-07,Gwent Police,Gwent Police,-3,,L,W1,N,Burglary,,", "Latitude", "Longitude given without Latitude")] // half a pair
    [InlineData("abc,2024-07,Gwent Police,Gwent Police,,51.6,L,W1,N,Burglary,,", "Longitude", "Latitude given without Longitude")] // other half
    [InlineData("abc,2024-07,Gwent Police,Gwent Police,-3°,51.6,L,W1,N,Burglary,,", "Longitude", "not a number: '-3°'")] // unparseable longitude
    [InlineData("abc,2024-07,Gwent Police,Gwent Police,-3,51.6.1,L,W1,N,Burglary,,", "Latitude", "not a number: '51.6.1'")] // two decimal points
    [InlineData("abc,2024-07,Gwent Police,Gwent Police,-3,NaN,L,W1,N,Burglary,,", "Latitude", "not a number: 'NaN'")] // NaN is not a coordinate
    [InlineData("abc,2024-07,Gwent Police,Gwent Police,,,No location,,,,,", "Crime type", "required field is empty")] // blank crime type
    public void ReadAll_BadStreetRow_RejectsWithFieldAndReason(string row, string field, string reason)
    {
        RowReject reject = SingleReject(StreetHeader, row);

        Assert.Equal(field, reject.Field);
        Assert.Equal(reason, reject.Reason);
    }

    [Theory]
    [InlineData("0", "0", "Latitude")] // null island: longitude 0 is Greenwich, so the latitude is blamed
    [InlineData("51.6", "-3.0", "Longitude")] // latitude and longitude swapped
    [InlineData("-3.0", "45.0", "Latitude")] // longitude fine, latitude in France
    [InlineData("2.35", "48.85", "Longitude")] // Paris
    public void ReadAll_CoordinateOutsideGreatBritain_Rejected(string lon, string lat, string field)
    {
        RowReject reject = SingleReject(StreetHeader, $"abc,2024-07,Gwent Police,Gwent Police,{lon},{lat},L,W1,N,Burglary,,");

        Assert.Equal(field, reject.Field);
        Assert.Contains("is outside Great Britain", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_NoForceAnywhere_RejectedOnFallsWithin()
    {
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\nx,2024-07,,,-3,51.6,L,W1,N,Burglary,,\n", "crimes.csv");

        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal("Falls within", reject.Field);
        Assert.Equal(2, reject.Line);
    }

    [Fact]
    public void ReadAll_MalformedQuoting_RejectedOnItsField()
    {
        RowReject reject = SingleReject(StreetHeader, "\"abc\"x,2024-07,Gwent Police,Gwent Police,-3,51.6,L,W1,N,Burglary,,");

        Assert.Equal("Crime ID", reject.Field);
        Assert.Equal("malformed quoting: text after a closing quote", reject.Reason);
    }

    [Fact]
    public void ReadAll_QuotedFieldWithNewline_LineOfNextRowCountsPhysicalLines()
    {
        string quoted = "abc,2024-07,Gwent Police,Gwent Police,-3,51.6,\"On or near\nOak Street\",W1,N,Burglary,,\"a, b\"";
        RecordingSink sink = RecordingSink.Read($"{StreetHeader}\n{quoted}\nbad,2024-07\n");

        Assert.Equal("On or near\nOak Street", Assert.Single(sink.Crimes).Record.Location);
        Assert.Equal("a, b", sink.Crimes[0].Record.Context);
        Assert.Equal(4, Assert.Single(sink.Rejects).Line);
    }

    [Fact]
    public void ReadAll_OutcomesRow_MapsOutcome()
    {
        RecordingSink sink = RecordingSink.Read($"{OutcomesHeader}\n{GoodStreetRowFor(OutcomesHeader)}\n", "2024-07-gwent-outcomes.csv");

        (long line, _, OutcomeRecord r) = Assert.Single(sink.Outcomes);
        Assert.Equal(2, line);
        Assert.Equal("abc123", r.CrimeId);
        Assert.Equal("gwent", r.ForceSlug);
        Assert.Equal(OutcomeCategory.SuspectCharged, r.Outcome);
        Assert.Equal("Suspect charged", r.OutcomeRaw);
        Assert.NotNull(r.Easting);
    }

    [Fact]
    public void ReadAll_OutcomesRowWithBlankOutcome_Rejected()
    {
        RowReject reject = SingleReject(OutcomesHeader, "abc,2024-07,Gwent Police,Gwent Police,,,No location,,,", "2024-07-gwent-outcomes.csv");

        Assert.Equal("Outcome type", reject.Field);
        Assert.Equal("required field is empty", reject.Reason);
    }

    [Fact]
    public void ReadAll_Counters_CountRowsAndBytes()
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes($"{StreetHeader}\n{GoodStreetRow}\nbad\n\n{GoodStreetRow}\n");
        using var stream = new MemoryStream(bytes);
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, "2024-07-gwent-street.csv");
        using PoliceFileReader reader = open.Reader!; // the header is valid

        reader.ReadAll(new RecordingSink(), CancellationToken.None);

        Assert.Equal(3, reader.RowsRead);
        Assert.Equal(bytes.Length, reader.BytesRead);
    }

    [Fact]
    public void ReadAll_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{StreetHeader}\n{GoodStreetRow}\n"));
        using PoliceFileReader reader = PoliceFileReader.Open(stream, "x.csv").Reader!; // the header is valid

        Assert.Throws<OperationCanceledException>(() => reader.ReadAll(new RecordingSink(), cancel.Token));
    }

    [Theory]
    [InlineData("2024-07-gwent-street.csv", 2024, 7, "gwent")] // the data.police.uk layout
    [InlineData("/data/police/2016-01/2016-01-metropolitan-stop-and-search.csv", 2016, 1, "metropolitan")] // a path; a kind with hyphens
    [InlineData("2017-01-city-of-london-outcomes.csv", 2017, 1, "city-of-london")] // a force slug with hyphens
    [InlineData("2017-01-CITY-OF-LONDON-STREET.CSV", 2017, 1, "city-of-london")] // upper case (a Windows copy)
    public void ParseFileName_DataPoliceUkName_GivesMonthAndForce(string name, int year, int month, string force)
    {
        (YearMonth? m, string? f) = PoliceFileReader.ParseFileName(name);

        Assert.Equal(new YearMonth(year, month), m);
        Assert.Equal(force, f);
    }

    [Theory]
    [InlineData("export.csv")] // a force export's own name
    [InlineData("2024-07-street.csv")] // no force
    [InlineData("2024-13-gwent-street.csv")] // month 13
    [InlineData("2024-07-gwent-crimes.csv")] // unknown kind
    [InlineData("2024-07-gwent-street.txt")] // not a CSV
    public void ParseFileName_OtherName_GivesNulls(string name)
    {
        Assert.Equal((null, null), PoliceFileReader.ParseFileName(name));
    }

    [Theory]
    // a misspelt or foreign force in a force's own file: kept as the file's, and said
    [InlineData("Atlantis Constabulary", "gwent", "names a force Lantern does not know ('Atlantis Constabulary'): taken as the file's (gwent)")]
    // the generator's fictional force is a force of its own: nothing to say
    [InlineData("Lantern Demo Constabulary", "lantern-demo", null)]
    public void ReadAll_StreetRowNamingAForceNotKnown_IsTheFilesForce_WithANote(string fallsWithin, string force, string? note)
    {
        string row = GoodStreetRow.Replace("Gwent Police,Gwent Police", $"{fallsWithin},{fallsWithin}", StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{StreetHeader}\n{row}\n"));
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, "2024-07-gwent-street.csv", null);
        using PoliceFileReader reader = open.Reader!;
        var sink = new RecordingSink();

        reader.ReadAll(sink, CancellationToken.None);

        Assert.Equal(force, Assert.Single(sink.Crimes).Record.ForceSlug);
        Assert.Equal(note is null ? [] : [note], reader.Notes.Keys);
    }
}
