using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lantern.Tests.StopSearch;

/// <summary>
/// The Section 60 register on the Metropolitan Police's real searches: two plausible authorisations (the real ones are
/// not published with the data) over boroughs and periods with many s.60 searches, Notting Hill Carnival 2023 in
/// Kensington and Chelsea (named by area code, and extended) and Armistice Day 2023 in Westminster (uploaded as a GeoJSON
/// Feature). Every expected value was printed by <c>python3 tests/tools/met_section60_check.py</c> (standard library only,
/// ray casting on longitude and latitude where Lantern works in British National Grid, times compared in UTC); rerun it
/// after changing the data or the method, and update these values only if the script agrees.
/// </summary>
public sealed class MetSection60RealDataTests
{
    [RealDataFact]
    public void Show_TwoAuthorisations_MatchTheIndependentCount()
    {
        using var cli = new Cli.CliRun();
        cli.RunOk("import", RealData.Path("police", "2023-08", "2023-08-metropolitan-stop-and-search.csv"));
        cli.RunOk("import", RealData.Path("police", "2023-11", "2023-11-metropolitan-stop-and-search.csv"));
        cli.RunOk("areas", "import", RealData.Path("geo", "london-boroughs-2022.geojson"), "--level", "borough");

        // Notting Hill Carnival: 12:00 BST Sunday 27 August to 12:00 BST Monday, extended by a commander to 06:00 BST Tuesday.
        cli.RunOk("s60", "add", "--force", "metropolitan", "--reference", "NHC-2023", "--officer", "Ch Supt A Example", "--rank", "chief superintendent",
            "--grounds", "Intelligence that groups intend to carry knives at the carnival; stabbings at past carnivals", "--belief", "may",
            "--locality", "Notting Hill Carnival", "--area-code", "E09000020", "--start", "2023-08-27T12:00", "--end", "2023-08-28T12:00");
        cli.RunOk("s60", "extend", "NHC-2023", "--by", "Cmdr B Example", "--rank", "commander", "--until", "2023-08-29T06:00", "--at", "2023-08-28T10:00");
        using (JsonDocument nhc = JsonDocument.Parse(cli.RunOk("s60", "show", "NHC-2023", "--json")))
        {
            JsonElement r = nhc.RootElement.GetProperty("result");
            // s.60: 402 searches; arrests 32 of 402 (0.056948-0.110215); positive 61 of 402 (0.119977-0.190099).
            AssertRates(r.GetProperty("section60"), 402, (32, 0.056948, 0.110215), (61, 0.119977, 0.190099));
            // s.1 PACE: 116 searches; arrests 18 of 116 (0.100465-0.231987); positive 26 of 116 (0.157797-0.308165).
            AssertRates(r.GetProperty("pace"), 116, (18, 0.100465, 0.231987), (26, 0.157797, 0.308165));
            // s.60 in the period outside the borough 156, without coordinates 49.
            Assert.Equal((156, 49), (r.GetProperty("section60").GetProperty("periodOutsideLocality").GetInt64(),
                r.GetProperty("section60").GetProperty("periodWithoutCoordinates").GetInt64()));
            // By officer-defined ethnicity: Asian 22, Black 330, Other 8, White 37, blank 5.
            Assert.Equal([("White", 37L), ("Black", 330L), ("Asian", 22L), ("Other", 8L), ("Unknown", 5L)],
                r.GetProperty("section60").GetProperty("breakdowns").GetProperty("officerDefinedEthnicity").EnumerateArray()
                    .Select(b => (b.GetProperty("key").GetString()!, b.GetProperty("rates").GetProperty("searches").GetInt64())));
            Assert.Equal(("whole", 42.0), (r.GetProperty("coverage").GetString(), nhc.RootElement.GetProperty("authorisation").GetProperty("ranHours").GetDouble()));
        }

        // Armistice Day: Westminster's boundary uploaded as a GeoJSON Feature, 08:00 GMT Saturday 11 November to 08:00 GMT Sunday.
        string westminster = Path.Combine(cli.Directory, "westminster.geojson");
        JsonNode boroughs = JsonNode.Parse(File.ReadAllText(RealData.Path("geo", "london-boroughs-2022.geojson")))!;
        File.WriteAllText(westminster, boroughs["features"]!.AsArray().Single(f => (string?)f!["properties"]!["LAD22CD"] == "E09000033")!.ToJsonString());
        cli.RunOk("s60", "add", "--force", "metropolitan", "--reference", "ARM-2023", "--officer", "Supt C Example", "--rank", "superintendent",
            "--grounds", "Counter-protesters intending violence expected at the Cenotaph and the march", "--belief", "may", "--locality", "Westminster",
            "--area", westminster, "--start", "2023-11-11T08:00", "--end", "2023-11-12T08:00");
        using JsonDocument arm = JsonDocument.Parse(cli.RunOk("s60", "show", "ARM-2023", "--json"));
        JsonElement a = arm.RootElement.GetProperty("result");
        // s.60: 207 searches; arrests 28 of 207 (0.095270-0.188552); positive 29 of 207 (0.099347-0.193962).
        AssertRates(a.GetProperty("section60"), 207, (28, 0.095270, 0.188552), (29, 0.099347, 0.193962));
        // s.1 PACE: 36 searches; arrests 8 of 36 (0.117162-0.380850); positive 8 of 36 (the same).
        AssertRates(a.GetProperty("pace"), 36, (8, 0.117162, 0.380850), (8, 0.117162, 0.380850));
        // s.60 in the period outside the borough 3, without coordinates 22; officer-defined: White 171, Black 3, Asian 11, Other 11, blank 11.
        Assert.Equal((3, 22), (a.GetProperty("section60").GetProperty("periodOutsideLocality").GetInt64(),
            a.GetProperty("section60").GetProperty("periodWithoutCoordinates").GetInt64()));
        Assert.Equal([("White", 171L), ("Black", 3L), ("Asian", 11L), ("Other", 11L), ("Unknown", 11L)],
            a.GetProperty("section60").GetProperty("breakdowns").GetProperty("officerDefinedEthnicity").EnumerateArray()
                .Select(b => (b.GetProperty("key").GetString()!, b.GetProperty("rates").GetProperty("searches").GetInt64())));
    }

    private static void AssertRates(JsonElement searches, long n, (long Events, double Low, double High) arrest, (long Events, double Low, double High) positive)
    {
        Assert.Equal(n, searches.GetProperty("searches").GetInt64());
        foreach ((string name, (long events, double low, double high)) in new[] { ("arrest", arrest), ("positive", positive) })
        {
            JsonElement p = searches.GetProperty("rates").GetProperty(name);
            Assert.Equal((events, n), (p.GetProperty("events").GetInt64(), p.GetProperty("of").GetInt64()));
            Assert.Equal(low, p.GetProperty("low").GetDouble(), 6);
            Assert.Equal(high, p.GetProperty("high").GetDouble(), 6);
        }
    }
}
