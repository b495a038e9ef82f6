using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Tasking;
using Lantern.Core.Time;
using Lantern.Tests.Shared;

namespace Lantern.Core.Tests.Tasking;

/// <summary>
/// Checks cell harm, ranking and concentration on real data against an independent implementation: the figures below
/// were printed by <c>python3 tests/tools/gwent_check.py</c> (standard library only: its own OS-guide Helmert and
/// transverse Mercator projection, its own binning and ranking) on the six Gwent Police street files 2024-07..2024-12 of
/// data.police.uk in ../shared/data.
/// </summary>
public class GwentIndependentCheckTests
{
    private const int PythonRowsWithCoordinates = 35_468;
    private const int PythonOccupiedCells = 4_299;
    private const double PythonTotalHarm = 3_071_286.50;
    private const double PythonTop1 = 0.102719;
    private const double PythonTop5 = 0.278150;
    private const double PythonTop10 = 0.422460;

    // Cell id and harm of the ten highest-harm cells, highest first (ties: more crimes, then row-major).
    private static readonly (string Cell, double Harm)[] s_pythonTop10 =
    [
        ("150m-E330900-N188100", 18586.00),
        ("150m-E331050-N188100", 17119.50),
        ("150m-E331200-N187350", 14771.50),
        ("150m-E331050-N188250", 13618.25),
        ("150m-E315900-N184800", 12624.50),
        ("150m-E331350-N188400", 11968.00),
        ("150m-E330750-N194850", 11549.00),
        ("150m-E333300-N190800", 10445.00),
        ("150m-E331500-N186750", 9774.25),
        ("150m-E329400-N195600", 9581.00),
    ];

    [RealDataFact]
    public void HotspotAnalysis_Gwent2024_MatchesTheIndependentPythonCheck()
    {
        (CrimePoints crimes, int quotedLines) = ReadGwent(RealDataFactAttribute.DataDirectory!); // the attribute skips when absent

        HotspotResult result = HotspotAnalysis.Run(crimes, new HotspotOptions { Methods = HotspotMethods.Concentration });

        Assert.Equal(0, quotedLines); // checked: no quoted fields, so splitting on commas is exact (the reader copes if not)
        Assert.Equal(PythonRowsWithCoordinates, crimes.Count);
        Assert.Equal(PythonTotalHarm, result.Counts.TotalHarm, 2);

        // Many snap points were round BNG metres before data.police.uk published them as 6-decimal lon/lat: 51 of the
        // 6,099 distinct points land within 1 cm of a 150 m cell edge once projected back. ProjNET and the OS guide's
        // series agree to a few millimetres, so those points may fall either side: here 4,297 occupied cells against
        // Python's 4,299, the same top ten, and shares within 0.0001. The tolerances allow for that and no more.
        Assert.InRange(result.Counts.OccupiedCount, PythonOccupiedCells - 3, PythonOccupiedCells + 3);
        GridSpec grid = result.Counts.Grid;
        string[] top10 = [.. result.RankOrder[..10].ToArray().Select(i => grid.CellName(result.Counts.Cells[i]))];
        string[] different = [.. top10.Except(s_pythonTop10.Select(t => t.Cell))];
        Assert.True(different.Length <= 2, $"Top ten differ by {different.Length} cells: {string.Join(", ", different)}");
        foreach (string cell in different)
        {
            Assert.True(HasPointNearEdge(crimes, grid, cell, metres: 5), $"{cell} differs but has no crime within 5 m of its edge.");
        }

        for (int k = 0; k < 10; k++)
        {
            int i = result.RankOrder[k];
            if (Array.FindIndex(s_pythonTop10, t => t.Cell == top10[k]) is int j and >= 0)
            {
                Assert.Equal(s_pythonTop10[j].Harm, result.Counts.Harm[i], 2);
            }
        }

        ConcentrationResult c = result.Concentration!;
        Assert.Equal(PythonTop1, c.ShareOfOccupied(0.01), 0.005);
        Assert.Equal(PythonTop5, c.ShareOfOccupied(0.05), 0.005);
        Assert.Equal(PythonTop10, c.ShareOfOccupied(0.10), 0.005);
    }

    [RealDataFact]
    public void TaskingAnalysis_Gwent2024_RanksThePythonTopCellsWithoutInventingTimes()
    {
        (CrimePoints crimes, _) = ReadGwent(RealDataFactAttribute.DataDirectory!); // the attribute skips when absent

        TaskingList list = TaskingAnalysis.Run(crimes, new TaskingOptions(new DateOnly(2025, 1, 15), seed: 20250115));

        // Look-back 2024-01..2024-12 of which only 2024-07..12 are in the folder; the previous year is absent.
        Assert.Equal(new YearMonth(2024, 12), list.LookBack!.Last);
        Assert.Equal(6, list.LookBack.Missing.Count);
        Assert.Equal(20, list.Places.Count);
        Assert.Equal([.. s_pythonTop10.Select(t => t.Cell)], list.Places.Take(10).Select(p => GridSpec.Default.CellName(p.Cell)));
        Assert.Equal(s_pythonTop10[0].Harm, list.Places[0].Harm, 2);
        Assert.All(list.Places, p =>
        {
            Assert.Equal(TrendDirection.NotAvailable, p.Trend.Direction);
            Assert.Empty(p.Plan.VisitTimes);
            Assert.EndsWith("no times in the data: choose times from local knowledge", p.Plan.Advice, StringComparison.Ordinal);
        });
        Assert.StartsWith("harm 18,586 days, 1st highest", list.Places[0].Reason.Split("; ")[1], StringComparison.Ordinal);
    }

    /// <summary>Reads the street files with a minimal reader: split on commas, or on commas outside quotes when a line has any.</summary>
    internal static (CrimePoints Crimes, int QuotedLines) ReadGwent(string data)
    {
        var bng = new BritishNationalGrid();
        var builder = new CrimePointsBuilder(40_000);
        int quoted = 0;
        string[] files = Directory.GetFiles(Path.Combine(data, "police"), "2024-*-gwent-street.csv", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        Assert.Equal(6, files.Length);
        foreach (string file in files)
        {
            string[] lines = File.ReadAllLines(file);
            string[] header = lines[0].Split(',');
            int month = Array.IndexOf(header, "Month"), lon = Array.IndexOf(header, "Longitude"), lat = Array.IndexOf(header, "Latitude");
            int type = Array.IndexOf(header, "Crime type");
            foreach (string line in lines.Skip(1))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                string[] f = line.Contains('"', StringComparison.Ordinal) ? [.. CsvLine.Split(line)] : line.Split(',');
                quoted += line.Contains('"', StringComparison.Ordinal) ? 1 : 0;
                if (f[lon].Length == 0 || f[lat].Length == 0)
                {
                    continue; // data.police.uk leaves crimes it cannot place without coordinates
                }

                CrimeCategory category = CrimeCategories.FromRaw(f[type]);
                BngPoint p = bng.ToBng(double.Parse(f[lon], CultureInfo.InvariantCulture), double.Parse(f[lat], CultureInfo.InvariantCulture));
                builder.Add(p.Easting, p.Northing, category, HarmTable.Default.WeightOf(category), YearMonth.Parse(f[month]));
            }
        }

        return (builder.Build(), quoted);
    }

    private static bool HasPointNearEdge(CrimePoints crimes, GridSpec grid, string cellName, double metres)
    {
        for (int i = 0; i < crimes.Count; i++)
        {
            CellId cell = grid.CellOf(crimes.Easting[i], crimes.Northing[i]);
            if (grid.CellName(cell) != cellName)
            {
                continue;
            }

            BngPoint sw = grid.SouthWest(cell);
            double dx = crimes.Easting[i] - sw.Easting, dy = crimes.Northing[i] - sw.Northing;
            if (Math.Min(Math.Min(dx, grid.CellSize - dx), Math.Min(dy, grid.CellSize - dy)) <= metres)
            {
                return true;
            }
        }

        return false;
    }
}
