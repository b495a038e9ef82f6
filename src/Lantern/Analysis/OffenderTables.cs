using System.Globalization;
using Lantern.Cli;
using Lantern.Core.Harm;
using Lantern.Core.Offenders;

namespace Lantern.Analysis;

/// <summary>Reads the tables a force may replace (weights, offence groups, RFGV bands) and an area population, turning errors into messages with file, line and field.</summary>
internal static class OffenderTables
{
    public static T Read<T>(string path, Func<string, string, TableParseResult<T>> parse)
        where T : class
    {
        TableParseResult<T> result = parse(ReadText(path), Path.GetFileName(path));
        return result.Table ?? throw new CliException(result.Error!); // one of the two is set
    }

    public static HarmTable ReadHarm(string path)
    {
        HarmTableParseResult result = HarmTable.Parse(ReadText(path), Path.GetFileName(path));
        return result.Table ?? throw new CliException(result.Error!); // one of the two is set
    }

    /// <summary>An area population: a header <c>attribute,group,residents</c>, attributes ethnicity, age-band or sex.</summary>
    public static AreaPopulation ReadAreaPopulation(string path)
    {
        string name = Path.GetFileName(path);
        string[] lines = ReadText(path).Split('\n');
        if (lines.Length == 0 || !lines[0].Trim().Equals("attribute,group,residents", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"{name} line 1, field 'header': expected 'attribute,group,residents'");
        }

        var rows = new List<(string, string, long)>();
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split(',', StringSplitOptions.TrimEntries);
            if (f.Length != 3 || !PersonDemographics.Attributes.Contains(f[0], StringComparer.Ordinal))
            {
                throw new CliException($"{name} line {i + 1}, field 'attribute': '{f[0]}' is not ethnicity, age-band or sex");
            }

            if (!long.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out long residents))
            {
                throw new CliException($"{name} line {i + 1}, field 'residents': '{f[2]}' is not a whole number");
            }

            rows.Add((f[0], f[1], residents));
        }

        return new AreaPopulation(name, rows);
    }

    /// <summary>A table file's text as read, to keep with a run; null for no file.</summary>
    public static string? TextOf(string? path) => path is null ? null : ReadText(path);

    private static string ReadText(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new CliException($"{path}: no such file");
}
