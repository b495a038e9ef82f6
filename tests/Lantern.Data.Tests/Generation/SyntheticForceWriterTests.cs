using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Time;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Generation;

namespace Lantern.Data.Tests.Generation;

public sealed partial class SyntheticForceWriterTests(GeneratedFilesFixture files) : IClassFixture<GeneratedFilesFixture>
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private IEnumerable<YearMonth> Months =>
        Enumerable.Range(0, files.Options.Months).Select(files.Options.FirstMonth.PlusMonths);

    [Fact]
    public void WriteAsync_EveryMonthHasItsFourFiles()
    {
        foreach (YearMonth month in Months)
        {
            Assert.Contains(SyntheticForceWriter.StreetFile(month), files.Result.Files);
            Assert.Contains(SyntheticForceWriter.OutcomesFile(month), files.Result.Files);
            Assert.Contains(SyntheticForceWriter.ForceExportFile(month), files.Result.Files);
            Assert.Contains(SyntheticStopSearchWriter.File(month), files.Result.Files);
            Assert.True(File.Exists(Path.Combine(files.Directory, SyntheticForceWriter.StreetFile(month))));
        }

        Assert.Equal((4 * files.Options.Months) + 1, files.Result.Files.Count);
        Assert.Equal("2024-07/2024-07-lantern-demo-street.csv", SyntheticForceWriter.StreetFile(new YearMonth(2024, 7)));
        Assert.Equal("force-export/lantern-demo-2024-07.csv", SyntheticForceWriter.ForceExportFile(new YearMonth(2024, 7)));
    }

    [Fact]
    public void WriteAsync_ReportsEachMonth()
    {
        Assert.Equal(Months, files.Progress.Select(p => p.Month));
        Assert.Equal(files.Result.Events, files.Progress[^1].Events);
        Assert.Equal(files.Options.Months, files.Progress[^1].MonthsDone);
    }

    [Fact]
    public async Task WriteAsync_SameSeed_SameBytes()
    {
        GeneratorOptions small = GeneratorOptions.EndingBefore(new YearMonth(2024, 4), 2) with { Events = 2_000 };
        string a = Path.Combine(Path.GetTempPath(), $"lantern-gen-a-{Guid.NewGuid():N}");
        string b = Path.Combine(Path.GetTempPath(), $"lantern-gen-b-{Guid.NewGuid():N}");
        try
        {
            GeneratorResult ra = await SyntheticForceWriter.WriteAsync(small, a, null, CancellationToken.None);
            GeneratorResult rb = await SyntheticForceWriter.WriteAsync(small, b, null, CancellationToken.None);
            Assert.Equal(ra.Files, rb.Files);
            foreach (string file in ra.Files)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
            }
        }
        finally
        {
            Directory.Delete(a, recursive: true);
            Directory.Delete(b, recursive: true);
        }
    }

    [RealData.Fact]
    public void StreetHeader_IsTheRealOne()
    {
        string real = File.ReadLines(RealData.Path("police", "2024-07", "2024-07-gwent-street.csv")).First();
        Assert.Equal(SyntheticForceWriter.StreetHeader, real);
        string ours = File.ReadLines(Path.Combine(files.Directory, SyntheticForceWriter.StreetFile(files.Options.FirstMonth))).First();
        Assert.Equal(real, ours);
    }

    [RealData.Fact]
    public void OutcomesHeader_IsTheRealOne()
    {
        string real = File.ReadLines(RealData.Path("police", "2024-07", "2024-07-gwent-outcomes.csv")).First();
        Assert.Equal(SyntheticForceWriter.OutcomesHeader, real);
        string ours = File.ReadLines(Path.Combine(files.Directory, SyntheticForceWriter.OutcomesFile(files.Options.FirstMonth))).First();
        Assert.Equal(real, ours);
    }

    [Fact]
    public void Files_Utf8WithoutBomAndLfOnly()
    {
        foreach (string file in files.Result.Files)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(files.Directory, file));
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, file);
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    [Fact]
    public void StreetRows_LookLikeDataPoliceUk()
    {
        var grid = new BritishNationalGrid();
        int noLocation = 0;
        foreach (YearMonth month in Months)
        {
            string[][] rows = files.Rows(SyntheticForceWriter.StreetFile(month));
            foreach (string[] row in rows.Skip(1))
            {
                Assert.Equal(12, row.Length);
                bool asb = row[9] == "Anti-social behaviour";
                Assert.Matches(asb ? "^$" : "^[0-9a-f]{64}$", row[0]);
                Assert.Equal(month.ToString(), row[1]);
                Assert.Equal(SyntheticForce.Name, row[2]);
                Assert.Equal(SyntheticForce.Name, row[3]);
                Assert.NotEqual(CrimeCategory.Unknown, CrimeCategories.FromRaw(row[9]));
                Assert.Equal(asb, row[10].Length == 0);
                Assert.Equal(string.Empty, row[11]);
                if (row[6] == "No Location")
                {
                    noLocation++;
                    Assert.Equal(["", "", "", ""], [row[4], row[5], row[7], row[8]]);
                    continue;
                }

                Assert.Matches(@"^-?\d+\.\d{6}$", row[4]);
                Assert.StartsWith("On or near ", row[6], StringComparison.Ordinal);
                Assert.Matches("^X01[0-9]{6}$", row[7]);
                Assert.Matches("^Lanternbury [0-9]{3}[A-E]$", row[8]);
                double lon = double.Parse(row[4], s_invariant);
                double lat = double.Parse(row[5], s_invariant);
                Assert.True(GreatBritain.Contains(lon, lat));
                BngPoint p = grid.ToBng(lon, lat);
                Assert.InRange(p.Easting, 430_000, 450_000);
                Assert.InRange(p.Northing, 290_000, 310_000);
            }
        }

        Assert.Equal(files.Result.NoLocationRows, noLocation);
        Assert.InRange(noLocation / (double)files.Result.Events, 0.005, 0.03);
    }

    [Fact]
    public void StreetRows_SnapToAFixedSetOfPoints()
    {
        string[][] rows =
            [.. Months.SelectMany(m => files.Rows(SyntheticForceWriter.StreetFile(m)).Skip(1)).Where(r => r[6] != "No Location")];
        int points = rows.Select(r => (r[4], r[5])).Distinct().Count();
        Assert.True(points < rows.Length / 3, $"{rows.Length} crimes on {points} points");

        // Each point has one name, and some are places rather than streets, as on data.police.uk.
        Assert.All(rows.GroupBy(r => (r[4], r[5])), g => Assert.Single(g.Select(r => r[6]).Distinct()));
        Assert.Contains(rows, r => r[6] == "On or near Supermarket");
        Assert.Contains(rows, r => r[6] == "On or near Parking Area");
        Assert.Contains(rows, r => r[6] == "On or near Nightclub");
    }

    [Fact]
    public void ForceExport_HoldsTheSameCrimesWithTimes()
    {
        long total = 0;
        foreach (YearMonth month in Months)
        {
            string[][] street = files.Rows(SyntheticForceWriter.StreetFile(month));
            string[][] export = files.Rows(SyntheticForceWriter.ForceExportFile(month));
            Assert.Equal(SyntheticForceWriter.ForceExportHeader, string.Join(',', export[0]));
            Assert.Equal(street.Length, export.Length);
            Assert.Equal(
                street.Skip(1).GroupBy(r => r[9]).Select(g => (g.Key, g.Count())).Order(),
                export.Skip(1).GroupBy(r => r[3]).Select(g => (g.Key, g.Count())).Order());

            // The same places, published in the street file at their snap point's LSOA.
            Assert.Equal(
                street.Skip(1).Select(r => r[7]).Order(StringComparer.Ordinal),
                export.Skip(1).Select(r => r[11]).Order(StringComparer.Ordinal));
            total += export.Length - 1;
        }

        Assert.Equal(files.Result.Events, total);
    }

    [Fact]
    public void ForceExport_RowsAreWellFormed()
    {
        var grid = new BritishNationalGrid();
        foreach (YearMonth month in Months)
        {
            foreach (string[] row in files.Rows(SyntheticForceWriter.ForceExportFile(month)).Skip(1))
            {
                Assert.Equal(13, row.Length);
                Assert.Matches("^LD-[0-9]{4}-[0-9]{6,}$", row[0]);
                Assert.Equal(SyntheticForce.Slug, row[1]);
                CrimeCategory category = CrimeCategories.FromRaw(row[3]);
                Assert.Matches(category == CrimeCategory.AntiSocialBehaviour ? "^$" : "^[0-9]{3}/[0-9]{2}$", row[2]);
                DateTime from = DateTime.ParseExact(row[4], "yyyy-MM-ddTHH:mm", s_invariant);
                DateTime to = DateTime.ParseExact(row[5], "yyyy-MM-ddTHH:mm", s_invariant);
                Assert.True(to >= from);
                Assert.Equal(month, new YearMonth(from.Year, from.Month));
                if (row[10] == "No location")
                {
                    Assert.Equal(["", "", "", "", ""], [row[6], row[7], row[8], row[9], row[11]]);
                    continue;
                }

                Assert.Matches(@"^\d{6}\.\d$", row[6]);
                Assert.Matches(@"^\d{6}\.\d$", row[7]);
                Assert.Matches(@"^-?\d+\.\d{6}$", row[8]);
                Assert.Matches(@"^\d+\.\d{6}$", row[9]);
                var p = new BngPoint(double.Parse(row[6], s_invariant), double.Parse(row[7], s_invariant));
                (double lon, double lat) = grid.ToWgs84(p);
                // Eastings and northings are rounded to 0.1 m, about 1.5e-6 degrees.
                Assert.Equal(lon, double.Parse(row[8], s_invariant), 1e-5);
                Assert.Equal(lat, double.Parse(row[9], s_invariant), 1e-5);
            }
        }
    }

    [Fact]
    public void ForceExport_OffenceCodesMatchCategories()
    {
        var codes = Months.SelectMany(m => files.Rows(SyntheticForceWriter.ForceExportFile(m)).Skip(1))
            .Where(r => r[2].Length > 0)
            .GroupBy(r => r[2][..3])
            .ToDictionary(g => g.Key, g => g.Select(r => r[3]).Distinct().ToArray());

        // Home Office classes: 46 shoplifting, 28 and 30 burglary, 105 assault without injury.
        Assert.Equal(["Shoplifting"], codes["046"]);
        Assert.Equal(["Burglary"], codes["028"]);
        Assert.Equal(["Burglary"], codes["030"]);
        Assert.Equal(["Violence and sexual offences"], codes["105"]);
    }

    [Fact]
    public void Outcomes_ReferToEarlierCrimesAndUseRealStrings()
    {
        var crimeMonth = new Dictionary<string, YearMonth>();
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "Unable to prosecute suspect", "Investigation complete; no suspect identified", "Suspect charged", "Local resolution",
            "Action to be taken by another organisation", "Formal action is not in the public interest",
            "Further investigation is not in the public interest", "Offender given a caution",
            "Further action is not in the public interest",
            "Suspect charged as part of another case", "Offender given penalty notice", "Offender given a drugs possession warning",
        };
        long rows = 0;
        foreach (YearMonth month in Months)
        {
            foreach (string[] street in files.Rows(SyntheticForceWriter.StreetFile(month)).Skip(1).Where(r => r[0].Length > 0))
            {
                crimeMonth.Add(street[0], month);
            }

            string[][] outcomes = files.Rows(SyntheticForceWriter.OutcomesFile(month));
            foreach (string[] row in outcomes.Skip(1))
            {
                Assert.Equal(10, row.Length);
                Assert.True(crimeMonth.TryGetValue(row[0], out YearMonth committed), $"outcome for unknown crime {row[0]}");
                Assert.True(committed <= month);
                Assert.Equal(month.ToString(), row[1]);
                Assert.Contains(row[9], allowed);
                rows++;
            }
        }

        Assert.Equal(files.Result.OutcomeRows, rows);
        Assert.InRange(rows / (double)files.Result.Events, 0.4, 0.8);

        // The last month is mostly still under investigation.
        string[][] last = files.Rows(SyntheticForceWriter.StreetFile(files.Options.LastMonth));
        Assert.Contains(last, r => r[10] == "Under investigation");
        Assert.Contains(last, r => r[10] == "Status update unavailable");
    }

    [Fact]
    public async Task Boundaries_ReadBackAndContainTheirSnapPoints()
    {
        GeoJsonAreaResult areas = await new GeoJsonAreaReader()
            .ReadAreasAsync(Path.Combine(files.Directory, SyntheticForceWriter.LsoaBoundaryFile), null, CancellationToken.None);
        Assert.True(areas.IsSuccess, string.Join("; ", areas.Errors));
        Assert.Equal("LSOACD", areas.CodeProperty);
        Assert.Equal("LSOANM", areas.NameProperty);
        Assert.InRange(areas.Features.Count, 250, 350);

        // The LSOAs tile the 10 km square.
        Assert.Equal(100_000_000, areas.Features.Sum(f => f.Geometry.Area), 100_000_000 * 1e-4);

        AreaIndex index = areas.ToAreaIndex();
        var grid = new BritishNationalGrid();
        string[][] rows = [.. files.Rows(SyntheticForceWriter.StreetFile(files.Options.FirstMonth)).Skip(1).Where(r => r[7].Length > 0)];
        int agree = rows.Count(r => index.CodeOf(grid.ToBng(double.Parse(r[4], s_invariant), double.Parse(r[5], s_invariant))) == r[7]);
        Assert.True(agree >= rows.Length * 0.999, $"{agree} of {rows.Length} snap points in their own LSOA");
    }

    [Fact]
    public void StopSearchExport_ReadsWithoutRejectsAndTeamsDifferInBodyWornVideo()
    {
        var searches = new List<Lantern.Data.Formats.StopSearchRecord>();
        foreach (YearMonth month in Months)
        {
            string path = Path.Combine(files.Directory, SyntheticStopSearchWriter.File(month));
            Formats.RecordingSink sink = Formats.RecordingSink.Read(File.ReadAllText(path), path);
            Assert.Empty(sink.Rejects);
            searches.AddRange(sink.Searches.Select(s => s.Record));
        }

        Assert.Equal(files.Result.Searches, searches.Count);
        Assert.All(searches, s => Assert.NotNull(s.SearchId));
        Assert.Equal(searches.Count, searches.Select(s => s.SearchId).Distinct().Count());
        // Every search says whether video recorded it; unrecorded ones mostly give a reason; the teams' rates differ.
        Assert.All(searches, s => Assert.NotNull(s.BodyWornVideo));
        Assert.All(searches.Where(s => s.BodyWornVideo == true), s => Assert.Null(s.BodyWornVideoReason));
        var byTeam = searches.GroupBy(s => s.Team!).ToDictionary(g => g.Key, g => g.Average(s => s.BodyWornVideo == true ? 1.0 : 0.0));
        Assert.Equal(SyntheticStopSearchWriter.Teams.Length, byTeam.Count);
        Assert.True(byTeam["Central Response"] > byTeam["Night-Time Economy"]);
    }
}
