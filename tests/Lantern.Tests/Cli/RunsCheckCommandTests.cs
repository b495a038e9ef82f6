using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary>
/// <c>lantern runs check</c>: a recorded tasking list computed again from its record gives the same bytes while its data is
/// unchanged, whatever has been adjusted since; when the data changes, it says what differs and exits 1.
/// </summary>
public sealed class RunsCheckCommandTests
{
    [RealDataFact]
    public void ARecordedGwentList_IsReproduced_ThenNotOnceANewerMonthIsImported()
    {
        using var cli = new CliRun();
        cli.RunOk("import", RealData.Path("police", "2024-07"), RealData.Path("police", "2024-08"), RealData.Path("police", "2024-09"));
        using (JsonDocument first = JsonDocument.Parse(cli.RunOk("tasking", "--force", "gwent", "--date", "2024-11-10", "--months", "3", "--json")))
        {
            string top = first.RootElement.GetProperty("result").GetProperty("places")[0].GetProperty("cell").GetString()!;
            cli.RunOk("places", "suppress", "--force", "gwent", "--cell", top, "--reason", "Inside the prison wall", "--by", "analyst");
        }

        using JsonDocument adjusted = JsonDocument.Parse(cli.RunOk("tasking", "--force", "gwent", "--date", "2024-11-10", "--months", "3", "--json"));
        long run = adjusted.RootElement.GetProperty("run").GetInt64();
        // Since then the suppression is withdrawn: the check still uses the adjustments the list was made with.
        cli.RunOk("places", "withdraw", "1", "--by", "analyst");

        (int exit, string output, _) = cli.Run("runs", "check", run.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Reproduced: the same result, byte for byte", output, StringComparison.Ordinal);

        // A newer month moves the look-back: the same request now describes other data.
        cli.RunOk("import", RealData.Path("police", "2024-10"));
        (exit, output, _) = cli.Run("runs", "check", run.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("Not reproduced: the result differs in", output, StringComparison.Ordinal);
        Assert.Contains("  lookBack: \"2024-07..2024-09", output, StringComparison.Ordinal);
        Assert.Contains("The data used differs:", output, StringComparison.Ordinal);
        Assert.Contains("  monthsBySource: \"street 2024-07..2024-09\" then, \"street 2024-07..2024-10\" now", output, StringComparison.Ordinal);
        Assert.Matches(@"Places: \d+ of the 20 recorded are on the list computed now \(\d+ left it, \d+ came on", output);
    }

    [Fact]
    public void ATimedList_WithAGivenSeedTypesAndMethod_IsReproduced_AsJson_AndOtherKindsAreRefused()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        using JsonDocument list = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--seed", "7", "--method", "gistar",
            "--types", "robbery,violence-and-sexual-offences", "--top", "30", "--json"));
        string run = list.RootElement.GetProperty("run").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(list.RootElement.GetProperty("result").GetProperty("places").EnumerateArray(), p => p.GetProperty("patrol").GetProperty("times").GetArrayLength() > 0);

        using JsonDocument check = JsonDocument.Parse(cli.RunOk("runs", "check", run, "--json"));
        Assert.True(check.RootElement.GetProperty("identical").GetBoolean());
        Assert.Equal(check.RootElement.GetProperty("recordedResultSha256").GetString(), check.RootElement.GetProperty("resultSha256").GetString());
        Assert.Empty(check.RootElement.GetProperty("inputs").EnumerateArray());
        Assert.Equal(ExitCodes.BadInput, cli.Run("runs", "show", "2").Exit); // the check recorded nothing

        cli.RunOk("retention", "run");
        (int exit, _, string err) = cli.Run("runs", "check", "2");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Run #2 is a retention run: only tasking, hotspots, backtest, stopsearch, stopsearch-boroughs, stopsearch-veil, stopsearch-bwv and stopsearch-places runs can be computed again", err, StringComparison.Ordinal);
    }

    [Fact]
    public void HotSpots_WithAMaskAndAnAreaLevel_AreRecordedWithBoth_AndReproduced_UntilTheMaskChanges()
    {
        // The mask marks cells in the result and the area level names their areas: both are recorded, so the check can
        // use them (they were not recorded before, so such a result could not be made again from its record).
        using var cli = new CliRun();
        string data = TaskingCommandTests.Generate(cli);
        cli.RunOk("import", data);
        cli.RunOk("areas", "import", Path.Combine(data, "boundaries", "lantern-demo-lsoa.geojson"), "--level", "lsoa");
        using JsonDocument first = JsonDocument.Parse(cli.RunOk("hotspots", "--json", "--method", "all"));
        JsonElement top = first.RootElement.GetProperty("result").GetProperty("cells")[0];
        string mask = Path.Combine(cli.Directory, "mask.geojson");
        File.WriteAllText(mask, Square(top.GetProperty("longitude").GetDouble(), top.GetProperty("latitude").GetDouble()));

        using JsonDocument masked = JsonDocument.Parse(cli.RunOk("hotspots", "--json", "--mask", mask, "--area-level", "lsoa", "--bandwidth", "300"));
        JsonElement parameters = masked.RootElement.GetProperty("parameters");
        Assert.Equal(mask, parameters.GetProperty("mask").GetString());
        Assert.Equal("lsoa", parameters.GetProperty("areaLevel").GetString());
        Assert.True(masked.RootElement.GetProperty("result").GetProperty("cells")[0].GetProperty("masked").GetBoolean());
        string run = masked.RootElement.GetProperty("run").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", run), StringComparison.Ordinal);
        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", "1"), StringComparison.Ordinal); // bandwidth chosen again

        File.WriteAllText(mask, """{"type":"FeatureCollection","features":[]}""");
        (int exit, string output, _) = cli.Run("runs", "check", run);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("  cells[0].masked: true then, false now", output, StringComparison.Ordinal);
        Assert.Contains($"Not reproduced: the mask file {mask} has changed since the run: SHA-256 ", output, StringComparison.Ordinal);
        Assert.Contains("The result differs in ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMaskOrHarmFileEditedWithoutChangingTheResult_IsNamedWithItsHashes_NotReportedAsZeroValuesDiffering()
    {
        // The only difference was the file's SHA-256, and the check said "the result differs in 0 values".
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        string mask = Path.Combine(cli.Directory, "mask.geojson");
        File.WriteAllText(mask, """{"type":"FeatureCollection","features":[]}""");
        string harm = Path.Combine(cli.Directory, "harm.csv");
        File.WriteAllText(harm, "# name: robbery only\n# version: test-1\nkey,weight,counted,note\nrobbery,1,true,\n");
        using JsonDocument list = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--mask", mask, "--harm-file", harm, "--json"));
        string run = list.RootElement.GetProperty("run").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string maskThen = Sha256(mask), harmThen = Sha256(harm);

        File.AppendAllText(mask, "\n"); // saved again by an editor: other bytes, the same mask
        (int exit, string output, _) = cli.Run("runs", "check", run);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"Not reproduced: the mask file {mask} has changed since the run: SHA-256 {maskThen} then, {Sha256(mask)} now.", output,
            StringComparison.Ordinal);
        Assert.Contains("Computed with the file as it is now, the result is the same, byte for byte", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0 values", output, StringComparison.Ordinal);
        Assert.DoesNotContain("maskSha256", output, StringComparison.Ordinal); // said in words, not again as a parameter

        File.AppendAllText(harm, "# checked 2026-11-21\n");
        (exit, output, _) = cli.Run("runs", "check", run);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"The harm file {harm} has changed since the run: SHA-256 {harmThen} then, {Sha256(harm)} now.", output, StringComparison.Ordinal);
        Assert.Contains("Computed with the files as they are now, the result is the same, byte for byte", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0 values", output, StringComparison.Ordinal);
        (exit, output, _) = cli.Run("runs", "check", run, "--json");
        Assert.Equal(ExitCodes.BadInput, exit);
        using JsonDocument check = JsonDocument.Parse(output);
        JsonElement[] files = [.. check.RootElement.GetProperty("changedFiles").EnumerateArray()];
        Assert.Equal(["mask file", "harm file"], files.Select(f => f.GetProperty("file").GetString()));
        Assert.Equal(harmThen, files[1].GetProperty("recordedSha256").GetString());
        Assert.Empty(check.RootElement.GetProperty("result").EnumerateArray());
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void EveryStopSearchFigure_IsReproducedFromItsRecord()
    {
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "2000", "--months", "3", "--end", "2025-01");
        cli.RunOk("import", data);
        string[][] figures = [["summary"], ["veil", "--knots", "4"], ["bwv", "--by", "team"], ["places"]];
        foreach (string[] figure in figures)
        {
            cli.RunOk(["stopsearch", .. figure]);
        }

        for (int run = 1; run <= figures.Length; run++)
        {
            string output = cli.RunOk("runs", "check", run.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("Reproduced: the same result, byte for byte", output, StringComparison.Ordinal);
            Assert.DoesNotContain("The data used", output, StringComparison.Ordinal); // the months and force are chosen again, the same
        }

        // More searches in the summary's months (the export's rows under new references): its figures are not the record's.
        string[] lines = File.ReadAllLines(Path.Combine(data, "force-export", "lantern-demo-stop-search-2024-12.csv"));
        string extra = Path.Combine(cli.Directory, "extra", "lantern-demo-stop-search-2024-12.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(extra)!);
        File.WriteAllLines(extra, [lines[0], .. lines.Skip(1).Select(l => "X" + l)]);
        cli.RunOk("import", extra);
        (int exit, string again, _) = cli.Run("runs", "check", "1");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("Not reproduced: the result differs in", again, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtests_AreReproducedFromTheirRecord_WithoutChoosingAMethodAgain()
    {
        using var cli = new CliRun();
        string data = TaskingCommandTests.Generate(cli);
        cli.RunOk("import", data);
        cli.RunOk("backtest", "--methods", "naive,retro", "--coverage", "2.5,5"); // months chosen for it
        string daily = cli.RunOk("backtest", "--unit", "day", "--from", "2025-01-25", "--to", "2025-01-31", "--methods", "naive,prospective",
            "--coverage", "5", "--choose", "5");
        Assert.Contains("Chosen for lantern-demo:", daily, StringComparison.Ordinal);

        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", "1"), StringComparison.Ordinal);
        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", "2"), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, cli.Run("runs", "show", "4").Exit); // the checks recorded nothing and chose nothing

        // More crimes in a month the monthly backtest scored (the force export's rows under new references; the export, not
        // the street file, is the month's source): its scores are not the record's.
        string[] lines = File.ReadAllLines(Path.Combine(data, "force-export", "lantern-demo-2024-12.csv"));
        string extra = Path.Combine(cli.Directory, "extra", "lantern-demo-2024-12.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(extra)!);
        File.WriteAllLines(extra, [lines[0], .. lines.Skip(1).Take(300).Select(l => "x" + l)]);
        cli.RunOk("import", extra);
        (int exit, string output, _) = cli.Run("runs", "check", "1");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("Not reproduced: the result differs in", output, StringComparison.Ordinal);
    }

    private static string Square(double lon, double lat) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[{{{lon - 0.0003}}},{{{lat - 0.0003}}}],[{{{lon + 0.0003}}},{{{lat - 0.0003}}}],[{{{lon + 0.0003}}},{{{lat + 0.0003}}}],[{{{lon - 0.0003}}},{{{lat + 0.0003}}}],[{{{lon - 0.0003}}},{{{lat - 0.0003}}}]]]}}]}""");

    [RealDataFact]
    public void AMetStopSearchSummary_IsReproducedForItsMonths_AfterALaterMonthIsImported()
    {
        using var cli = new CliRun();
        cli.RunOk("import", RealData.Path("police", "2023-01", "2023-01-metropolitan-stop-and-search.csv"));
        using JsonDocument summary = JsonDocument.Parse(cli.RunOk("stopsearch", "summary", "--json")); // force and months chosen for it
        string run = summary.RootElement.GetProperty("run").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", run), StringComparison.Ordinal);

        // Another month: the summary's own month is unchanged, so are its figures; only the months it would choose now differ.
        cli.RunOk("import", RealData.Path("police", "2023-02", "2023-02-metropolitan-stop-and-search.csv"));
        string output = cli.RunOk("runs", "check", run);
        Assert.Contains("Reproduced: the same result, byte for byte", output, StringComparison.Ordinal);
        Assert.Contains("The data used is described differently now:", output, StringComparison.Ordinal);
        Assert.Contains("\"to: 2023-01 (the latest month with searches)\" then, (absent) now", output, StringComparison.Ordinal);

        // Every London borough at once, checked the same way.
        cli.RunOk("areas", "import", RealData.Path("geo", "london-boroughs-2022.geojson"), "--level", "borough");
        using JsonDocument boroughs = JsonDocument.Parse(cli.RunOk("stopsearch", "boroughs", "--from", "2023-01", "--to", "2023-02", "--json"));
        string table = boroughs.RootElement.GetProperty("run").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", table), StringComparison.Ordinal);
    }
}
