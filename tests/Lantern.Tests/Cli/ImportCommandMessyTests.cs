using System.Text;
using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary><c>lantern import</c> of one file as it arrives after Excel, an old Mac or a Windows code page has had it.</summary>
public sealed class ImportCommandMessyTests
{
    private const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private static readonly string[] s_rows =
    [
        "gw1,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,Under investigation,",
        "gw2,2024-07,Gwent Police,Gwent Police,-2.998,51.589,On or near Café Row,W01001680,Newport 007E,Burglary,Under investigation,",
        ",2024-07,Gwent Police,Gwent Police,,,No location,,,Anti-social behaviour,,",
    ];

    [Fact]
    public void Import_SameRowsSavedFiveWays_StoredOnce()
    {
        using var cli = new CliRun();
        string lf = string.Join('\n', [Header, .. s_rows]) + "\n";
        Write(cli, "a-lf.csv", Encoding.UTF8.GetBytes(lf));
        Write(cli, "b-crlf-bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        Write(cli, "c-mac-cr.csv", Encoding.UTF8.GetBytes(lf.Replace('\n', '\r')));
        Write(cli, "d-utf16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        Write(cli, "e-trailing-commas.csv", Encoding.UTF8.GetBytes(lf.Replace("\n", ",\n", StringComparison.Ordinal)));

        using JsonDocument report = JsonDocument.Parse(cli.RunOk("import", Path.Combine(cli.Directory, "in"), "--json"));

        var files = report.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(5, files.Count);
        Assert.All(files, f => Assert.Equal((3L, 0L), (f.GetProperty("read").GetInt64(), f.GetProperty("rejected").GetInt64())));
        Assert.Equal([3L, 0L, 0L, 0L, 0L], files.Select(f => f.GetProperty("imported").GetInt64()));
    }

    [Fact]
    public void Import_Windows1252ThenResavedAsUtf8_RejectedRowComesInTheOthersAreAlreadyPresent()
    {
        using var cli = new CliRun();
        string text = string.Join('\n', [Header, .. s_rows]) + "\n";
        string ansi = Write(cli, "2024-07-gwent-street.csv", Encoding.Latin1.GetBytes(text));

        var (exit, output, _) = cli.Run("import", ansi);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("read 3, imported 2, already present 0, rejected 1 (1 × Location: bytes that are not UTF-8", output, StringComparison.Ordinal);
        using JsonDocument rejects = JsonDocument.Parse(cli.RunOk("rejects", "--json"));
        JsonElement reject = rejects.RootElement.GetProperty("rejects").EnumerateArray().Single();
        Assert.Equal((3, "Location"), (reject.GetProperty("line").GetInt32(), reject.GetProperty("field").GetString()));

        string utf8 = Write(cli, "2024-07-gwent-street-utf8.csv", Encoding.UTF8.GetBytes(text));
        Assert.Contains("read 3, imported 1, already present 2, rejected 0", cli.RunOk("import", utf8), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FolderWithAReadmeAndASpreadsheet_SaysTheyWereSkipped_NotFailed()
    {
        using var cli = new CliRun();
        string csv = Write(cli, "2024-07/2024-07-gwent-street.csv", Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. s_rows]) + "\n"));
        string readme = Write(cli, "README.txt", "Downloaded from data.police.uk"u8.ToArray());
        string xlsx = Write(cli, "2024-07/summary.xlsx", "PK"u8.ToArray());
        Write(cli, "2024-07/.DS_Store", [0]);
        string folder = Path.Combine(cli.Directory, "in");

        var (exit, output, _) = cli.Run("import", folder);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"{csv}: street, gwent: read 3, imported 3,", output, StringComparison.Ordinal);
        Assert.Contains($"{xlsx}: skipped, not a .csv or .zip\n{readme}: skipped, not a .csv or .zip\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("failed files 0, skipped files 2 (not .csv or .zip);", output, StringComparison.Ordinal);
        Assert.DoesNotContain(".DS_Store", output, StringComparison.Ordinal);
        using JsonDocument report = JsonDocument.Parse(cli.RunOk("import", folder, "--json"));
        Assert.Equal([(xlsx, "not a .csv or .zip"), (readme, "not a .csv or .zip")],
            report.RootElement.GetProperty("skipped").EnumerateArray().Select(f => (f.GetProperty("file").GetString(), f.GetProperty("reason").GetString())));
    }

    private static string Write(CliRun cli, string name, byte[] bytes)
    {
        string path = Path.Combine(cli.Directory, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a path in a folder
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
