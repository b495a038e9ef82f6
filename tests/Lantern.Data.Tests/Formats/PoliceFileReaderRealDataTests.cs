using System.Text;
using Lantern.Core.Crimes;
using Lantern.Core.StopSearch;
using Lantern.Data.Formats;
using Xunit.Abstractions;

namespace Lantern.Data.Tests.Formats;

public sealed class PoliceFileReaderRealDataTests(ITestOutputHelper output)
{
    private static IEnumerable<string> AllFiles() =>
        new[] { "police", "police-met-burglary-only" }
            .Select(d => RealData.Path(d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.csv", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    private static long CountNewlines(string path)
    {
        long n = 0;
        foreach (byte b in File.ReadAllBytes(path))
        {
            if (b == (byte)'\n')
            {
                n++;
            }
        }

        return n;
    }

    private static RecordingSink ReadFile(string path, out PoliceFileReader reader)
    {
        using FileStream stream = File.OpenRead(path);
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, path);
        Assert.True(open.IsSuccess, open.Error?.ToString());
        reader = open.Reader;
        using (reader)
        {
            var sink = new RecordingSink();
            reader.ReadAll(sink, CancellationToken.None);
            return sink;
        }
    }

    [RealData.Fact]
    public void ReadAll_EveryRealFile_NoRejectsAndRowCountIsLinesMinusHeader()
    {
        var problems = new List<string>();
        int files = 0;
        long rows = 0;
        foreach (string path in AllFiles())
        {
            files++;
            RecordingSink sink = ReadFile(path, out PoliceFileReader reader);
            long expected = CountNewlines(path) - 1;
            rows += reader.RowsRead;
            if (reader.RowsRead != expected || sink.Accepted + sink.Rejects.Count != expected)
            {
                problems.Add($"{path}: {reader.RowsRead} rows read, {sink.Accepted} accepted, {sink.Rejects.Count} rejected, wc -l minus header {expected}");
            }

            problems.AddRange(sink.Rejects.Take(5).Select(r => $"{path} line {r.Line}, field '{r.Field}': {r.Reason}"));
            SourceKind expectedKind = path.EndsWith("-street.csv", StringComparison.Ordinal) ? SourceKind.Street
                : path.EndsWith("-outcomes.csv", StringComparison.Ordinal) ? SourceKind.Outcomes
                : SourceKind.StopAndSearch;
            if (reader.Kind != expectedKind)
            {
                problems.Add($"{path}: read as {reader.Kind}");
            }
        }

        output.WriteLine($"{files} files, {rows} rows");
        Assert.True(files >= 148, $"only {files} files found");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(50)));
    }

    [RealData.Fact]
    public void ReadAll_EveryRealVocabularyValue_MapsToAKnownValue()
    {
        var unmapped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in AllFiles())
        {
            RecordingSink sink = ReadFile(path, out _);
            foreach ((_, _, CrimeRecord c) in sink.Crimes)
            {
                Check("Crime type", c.CategoryRaw, c.Category != CrimeCategory.Unknown);
                Check("Last outcome category", c.OutcomeRaw, c.Outcome != OutcomeCategory.Unknown);
            }

            foreach ((_, _, OutcomeRecord o) in sink.Outcomes)
            {
                Check("Outcome type", o.OutcomeRaw, o.Outcome != OutcomeCategory.Unknown);
            }

            foreach ((_, _, StopSearchRecord s) in sink.Searches)
            {
                Check("Type", s.TypeRaw, s.Type != SearchType.Unknown);
                Check("Gender", s.GenderRaw, s.Gender != Gender.Unknown);
                Check("Age range", s.AgeRangeRaw, s.AgeRange != AgeRange.Unknown);
                Check("Self-defined ethnicity", s.SelfDefinedEthnicityRaw, s.SelfDefinedEthnicGroup != EthnicGroup.Unknown
                    || s.SelfDefinedEthnicityRaw?.Contains("Not stated", StringComparison.OrdinalIgnoreCase) == true);
                Check("Officer-defined ethnicity", s.OfficerDefinedEthnicityRaw, s.OfficerDefinedEthnicGroup != EthnicGroup.Unknown);
                Check("Legislation", s.LegislationRaw, s.Legislation != Legislation.Unknown);
                Check("Object of search", s.ObjectOfSearchRaw, s.ObjectOfSearch != ObjectOfSearch.Unknown);
                Check("Outcome", s.OutcomeRaw, s.Outcome != SearchOutcome.Unknown);
            }
        }

        Assert.True(unmapped.Count == 0, "Unmapped real values:\n" + string.Join('\n', unmapped));

        // A blank value is "not given", which Unknown already says; anything else must map.
        void Check(string column, string? raw, bool mapped)
        {
            if (!string.IsNullOrWhiteSpace(raw) && !mapped)
            {
                unmapped.Add($"{column}: '{raw}'");
            }
        }
    }

    [RealData.Fact]
    public void ReadAll_GwentStreet_ProjectsNewportAroundItsNationalGridPosition()
    {
        RecordingSink sink = ReadFile(RealData.Path("police", "2024-07", "2024-07-gwent-street.csv"), out PoliceFileReader reader);

        // Snap points repeat, so far fewer projections than rows go through ProjNET.
        // Projectors are pooled across readers, so points seen in an earlier file may need no transform at all.
        Assert.InRange(reader.ProjectionTransforms, 0, reader.RowsRead / 2);
        var newport = sink.Crimes.Where(c => c.Record.LsoaName?.StartsWith("Newport ", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(newport);
        double meanE = newport.Average(c => c.Record.Easting!.Value);
        double meanN = newport.Average(c => c.Record.Northing!.Value);
        output.WriteLine($"Newport mean E {meanE:F0} N {meanN:F0} over {newport.Count} rows");

        // Newport's centre is about E 331000 N 188000; the LSOAs spread a few kilometres around it.
        Assert.InRange(meanE, 326_000, 336_000);
        Assert.InRange(meanN, 183_000, 193_000);
        Assert.All(sink.Crimes, c => Assert.Equal("gwent", c.Record.ForceSlug));
        Assert.All(sink.Crimes.Where(c => c.Record.Longitude is null), c => Assert.Null(c.Record.Easting));
    }

    [RealData.Fact]
    public void ReadAll_RealFileWithCrlfAndBom_GivesTheSameKeys()
    {
        string path = RealData.Path("police", "2024-07", "2024-07-gwent-street.csv");
        byte[] lf = File.ReadAllBytes(path);
        byte[] crlf = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(lf).Replace("\n", "\r\n", StringComparison.Ordinal))];

        RecordingSink a = RecordingSink.Read(new MemoryStream(lf), path);
        RecordingSink b = RecordingSink.Read(new MemoryStream(crlf), path);

        Assert.Equal(a.Keys, b.Keys);
        Assert.Equal(a.Crimes.Select(c => c.Line), b.Crimes.Select(c => c.Line));
        Assert.Equal(a.Accepted, a.Keys.Distinct().Count());
    }

    [RealData.Fact]
    public void ReadAll_StopSearch_DatesAreUtcAndTheMonthCanStartTheDayBefore()
    {
        RecordingSink sink = ReadFile(RealData.Path("police", "2016-01", "2016-01-metropolitan-stop-and-search.csv"), out _);

        Assert.All(sink.Searches, s => Assert.Equal(TimeSpan.Zero, s.Record.Date.Offset));
        Assert.All(sink.Searches, s => Assert.Equal("metropolitan", s.Record.ForceSlug));
        Assert.Contains(sink.Searches, s => s.Record.Outcome == SearchOutcome.NoFurtherAction && s.Record.OutcomeRaw == "Nothing found - no further action");
        Assert.Contains(sink.Searches, s => s.Record.Longitude is null && s.Record.Easting is null);
    }
}
