using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

public sealed class ImportCommandTests
{
    [RealDataFact]
    public void Import_GwentFolderTwice_SecondTimeImportsNothing()
    {
        using var cli = new CliRun();
        string month = RealData.Path("police", "2024-07");
        long expected = File.ReadLines(Path.Combine(month, "2024-07-gwent-street.csv")).Count() - 1
            + File.ReadLines(Path.Combine(month, "2024-07-gwent-outcomes.csv")).Count() - 1;

        using JsonDocument first = JsonDocument.Parse(cli.RunOk("import", month, "--json"));
        Assert.Equal(expected, first.RootElement.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("imported").GetInt64()));

        using JsonDocument second = JsonDocument.Parse(cli.RunOk("import", month, "--json"));
        var files = second.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.All(files, f => Assert.Equal(0, f.GetProperty("imported").GetInt64()));
        Assert.Equal(expected, files.Sum(f => f.GetProperty("alreadyPresent").GetInt64()));
    }

    [RealDataFact]
    public void Import_ZipOfTheLayout_SameRowsAsTheFolder()
    {
        using var cli = new CliRun();
        string zip = Path.Combine(cli.Directory, "gwent.zip");
        using (ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (string m in new[] { "2024-08", "2024-09" })
            {
                string file = $"{m}-gwent-street.csv";
                archive.CreateEntryFromFile(RealData.Path("police", m, file), $"{m}/{file}");
            }
        }

        using JsonDocument fromZip = JsonDocument.Parse(cli.RunOk("import", zip, "--json"));
        Assert.Equal(2, fromZip.RootElement.GetProperty("files").GetArrayLength());
        // The same files from the folder are the same bytes: already imported.
        using JsonDocument fromFiles = JsonDocument.Parse(cli.RunOk("import", RealData.Path("police", "2024-08", "2024-08-gwent-street.csv"), "--json"));
        JsonElement f = fromFiles.RootElement.GetProperty("files")[0];
        Assert.Equal(0, f.GetProperty("imported").GetInt64());
        Assert.True(f.GetProperty("alreadyPresent").GetInt64() > 1000);
    }

    [RealDataFact]
    public void Import_ZipOfRealFilesAtTheHighestCompression_IsWithinTheZipCaps()
    {
        // Stop-and-search files are mostly empty fields and compress the most of any real file (about 16:1): zipped as
        // tightly as deflate can, they must still be far inside the 100:1 cap, and every file imported.
        using var cli = new CliRun();
        string zip = Path.Combine(cli.Directory, "real.zip");
        string[] files = ["2021-06/2021-06-metropolitan-stop-and-search.csv", "2024-07/2024-07-gwent-street.csv", "2024-07/2024-07-gwent-outcomes.csv"];
        using (ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (string file in files)
            {
                archive.CreateEntryFromFile(RealData.Path(["police", .. file.Split('/')]), file, CompressionLevel.SmallestSize);
            }
        }

        using (ZipArchive archive = ZipFile.OpenRead(zip))
        {
            ZipArchiveEntry searches = archive.GetEntry(files[0])!; // written just above
            Assert.InRange(searches.Length / (double)searches.CompressedLength, 10, 30);
        }

        using JsonDocument report = JsonDocument.Parse(cli.RunOk("import", zip, "--json"));

        var imported = report.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(files.Select(f => $"{zip}!{f}").Order(StringComparer.Ordinal), imported.Select(f => f.GetProperty("file").GetString()));
        Assert.All(imported, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("error").ValueKind));
        Assert.Equal(files.Sum(f => File.ReadLines(RealData.Path(["police", .. f.Split('/')])).Count() - 1),
            imported.Sum(f => f.GetProperty("read").GetInt64()));
    }

    [Fact]
    public void Import_ZipWithAnEntryPastTheRatio_ReportsItByZipAndEntry_ImportsTheOtherAndExits1()
    {
        // Twenty thousand copies of one row deflate about 500:1, past the default 100:1; random hex (about 2:1) in a file
        // that is not imported keeps the archive as a whole within 100:1, so that it is the one entry that is refused.
        using var cli = new CliRun();
        const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
        const string Row = "aa01,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,Under investigation,\n";
        string zip = Path.Combine(cli.Directory, "gwent.zip");
        using (ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Write(archive, "2024-07/2024-07-gwent-street.csv", Header + Row);
            Write(archive, "2024-08/2024-08-gwent-street.csv", Header + string.Concat(Enumerable.Repeat(Row.Replace("2024-07", "2024-08", StringComparison.Ordinal), 20_000)));
            Write(archive, "README.txt", RandomNumberGenerator.GetHexString(60_000));
        }

        var (exit, output, err) = cli.Run("import", zip);

        Assert.Equal(ExitCodes.BadInput, exit);
        string entry = $"{zip}!2024-08/2024-08-gwent-street.csv";
        Assert.Contains($"{zip}!2024-07/2024-07-gwent-street.csv: street, gwent: read 1, imported 1,", output, StringComparison.Ordinal);
        Assert.Matches($"{Regex.Escape(entry)}: NOT IMPORTED \\(nothing written\\): expands from [0-9,]+ to 2,560,129 bytes, over 100:1 where police CSVs " +
            "compress about 5:1: refused as a possible zip bomb \\(line 1, field '\\(zip entry\\)'\\)", output);
        Assert.Contains("2 files: read 1, imported 1,", output, StringComparison.Ordinal);
        Assert.StartsWith($"lantern: {entry} line 1, field '(zip entry)': expands from ", err, StringComparison.Ordinal);

        static void Write(ZipArchive archive, string name, string text)
        {
            using var s = new StreamWriter(archive.CreateEntry(name).Open());
            s.Write(text);
        }
    }

    [Fact]
    public void Import_ForceExport_ItsLinesNameTheForceItsRowsWereImportedFor()
    {
        // A street file's line named its force ("street, gwent"), a force export's none: its file name gives none.
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "export.csv");
        File.WriteAllLines(file, [
            "Crime reference,Force,Offence code,Crime type,Committed from,Committed to,Easting,Northing,Longitude,Latitude,Location,LSOA code,Outcome",
            "GW-1,Gwent Police,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,",
        ]);

        string first = cli.RunOk("import", file);
        string again = cli.RunOk("import", file);

        Assert.StartsWith($"{file}: force export, gwent: read 1, imported 1,", first, StringComparison.Ordinal);
        Assert.StartsWith($"{file}: force export, gwent, already imported 2026-11-21 09:00 UTC: read 1, imported 0,", again, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(cli.RunOk("import", file, "--json"));
        Assert.Equal(["gwent"], json.RootElement.GetProperty("files")[0].GetProperty("forces").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Import_StopSearchFileAgainWithAnotherForce_IsRefusedNamingTheForceItWasImportedFor()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "searches.csv");
        File.WriteAllLines(file, [
            "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity," +
                "Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing",
            "Person search,2024-07-15T12:00:00+00:00,False,,51.588,-2.997,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,,",
        ]);
        cli.RunOk("import", file, "--force", "gwent");

        (int exit, string output, string err) = cli.Run("import", file, "--force", "dyfed-powys");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith($"{file}: NOT IMPORTED (nothing written): this file was imported on 2026-11-21 for gwent (the force given to its rows that " +
            "name none), and its rows are held as gwent's; it is not imported again for dyfed-powys", output, StringComparison.Ordinal);
        Assert.Contains("(line 1, field '--force')", output, StringComparison.Ordinal);
        Assert.Contains("field '--force'", err, StringComparison.Ordinal);
        Assert.Contains("1 files: read 0, imported 0, already present 0, rejected 0, failed files 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MaxUnzippedGb_IsAWholeNumberOfGiBFromOne()
    {
        using var cli = new CliRun();
        string zip = Path.Combine(cli.Directory, "gwent.zip");
        using (ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var s = new StreamWriter(archive.CreateEntry("2024-07/2024-07-gwent-street.csv").Open());
            s.Write("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
                "aa01,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,Under investigation,\n");
        }

        var (exit, _, err) = cli.Run("import", zip, "--max-unzipped-gb", "0");

        Assert.Equal((ExitCodes.Usage, "lantern: --max-unzipped-gb: 0 is not a size (a whole number of GiB, 1 or more)"), (exit, err.Trim()));
        Assert.Contains("read 1, imported 1,", cli.RunOk("import", zip, "--max-unzipped-gb", "1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadRows_AreCountedAndListedByRejects()
    {
        using var cli = new CliRun();
        string dir = Path.Combine(cli.Directory, "2024-07");
        Directory.CreateDirectory(dir);
        string file = Path.Combine(dir, "2024-07-gwent-street.csv");
        File.WriteAllText(file,
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
            "aa01,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,Under investigation,\n" +
            "aa02,2024-13,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,Under investigation,\n" +
            "aa03,2024-07,Gwent Police,Gwent Police,2.35,48.85,On or near Rue de Rivoli,W01001680,Newport 007E,Robbery,Under investigation,\n" +
            "aa04,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street\n" +
            ",2024-07,Gwent Police,Gwent Police,,,No location,,,Anti-social behaviour,,\n");

        var (exit, output, _) = cli.Run("import", dir);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("read 5, imported 2, already present 0, rejected 3", output, StringComparison.Ordinal);
        Assert.Contains("Rejected rows are kept: see them with 'lantern rejects'.", output, StringComparison.Ordinal);

        // What is kept, row by row, is the store suite's (Lantern.Data.Tests StoreTests); here, that the command shows it.
        using JsonDocument rejects = JsonDocument.Parse(cli.RunOk("rejects", "--json"));
        Assert.Equal(3, rejects.RootElement.GetProperty("total").GetInt64());
        JsonElement first = rejects.RootElement.GetProperty("rejects")[0];
        Assert.Equal((3L, "Month"), (first.GetProperty("line").GetInt64(), first.GetProperty("field").GetString()));
        Assert.EndsWith("2024-07-gwent-street.csv", first.GetProperty("file").GetString(), StringComparison.Ordinal);

        // A filter that matches no file says so, not that there are no rejected rows at all.
        Assert.StartsWith("No rejected rows in files whose name contains 'nothing' (other files have some", cli.RunOk("rejects", "--file", "nothing"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnrecognisedHeader_WritesNothingAndExitsBadInput()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "mystery.csv");
        File.WriteAllText(file, "Foo,Bar\n1,2\n");
        var (exit, output, err) = cli.Run("import", file);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("NOT IMPORTED", output, StringComparison.Ordinal);
        Assert.Contains("mystery.csv", err, StringComparison.Ordinal);
        Assert.Contains("holds no data yet", cli.RunOk("coverage"), StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Import_StopAndSearchWithoutForceInName_IsRefusedUnlessForceIsGiven()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "searches.csv");
        File.WriteAllLines(file, File.ReadLines(RealData.Path("police", "2021-06", "2021-06-metropolitan-stop-and-search.csv")).Take(101));

        var (exit, _, err) = cli.Run("import", file);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("do not say which force", err, StringComparison.Ordinal);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("import", file, "--force", "Metropolitan Police Service", "--json"));
        Assert.Equal(100, doc.RootElement.GetProperty("files")[0].GetProperty("imported").GetInt64());
        Assert.Contains("metropolitan", cli.RunOk("coverage", "--json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LaterForceExport_SaysHowManyCrimesItUpdated()
    {
        using var cli = new CliRun();
        const string header = "Crime reference,Force,Offence code,Crime type,Committed from,Committed to,Easting,Northing,Longitude,Latitude,Location,LSOA code,Outcome";
        string first = Path.Combine(cli.Directory, "export-week-1.csv");
        File.WriteAllLines(first, [header, "GW-1,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Under investigation"]);
        string second = Path.Combine(cli.Directory, "export-week-2.csv");
        File.WriteAllLines(second, [header, "GW-1,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Suspect charged"]);

        cli.RunOk("import", first);
        // The rule itself (which version is kept, what counts as updated) is the store suite's; here, how the command says it.
        Assert.Contains("read 1, imported 0, updated 1 (newer versions of crimes already held), already present 0, rejected 0",
            cli.RunOk("import", second), StringComparison.Ordinal);
    }
}
