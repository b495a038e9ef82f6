using System.Globalization;
using Lantern.Core.Forces;
using Lantern.Core.StopSearch;

namespace Lantern.Data.Formats.Population;

internal static partial class PopulationFileReader
{
    private const string EthnicPrefix = "Ethnic group:";
    private const string Measures = "; measures: Value"; // Census 2011 tables from Nomis end every count column so

    private enum Role
    {
        Ignore,
        Date,
        Name,
        Code,
        RuralUrban,
        Total,
        Group,
        Detail,
    }

    private static PopulationFile ReadCensus(CsvTokenizer csv, string fileName, string[] header, PopulationFileKind kind, int codeColumn, string? given)
    {
        var columns = new (Role Role, EthnicGroup Group)[header.Length];
        string? census = null;
        var groupColumns = new int[6];
        Array.Fill(groupColumns, -1);
        for (int i = 0; i < header.Length; i++)
        {
            string h = header[i];
            (Role role, EthnicGroup group, string? totalOf) = i == codeColumn ? (Role.Code, EthnicGroup.Unknown, null) : Classify(h, kind);
            if (role == Role.Ignore && !IsKnownIgnored(h, kind))
            {
                return Refused(fileName, csv.Line, h, "unknown column for a census ethnic group table");
            }

            if (role == Role.Group)
            {
                if (groupColumns[(int)group] >= 0)
                {
                    return Refused(fileName, csv.Line, h, $"a second column for the {StopSearchVocabulary.Name(group)} group");
                }

                groupColumns[(int)group] = i;
            }

            census ??= totalOf;
            columns[i] = (role, group);
        }

        if (census is null)
        {
            return Refused(fileName, csv.Line, HeaderField,
                "no total column: expected 'Ethnic group: Total: All usual residents' (Census 2021) or 'Ethnic Group: All categories: Ethnic group; measures: Value' (Census 2011)");
        }

        EthnicGroup absent = EthnicGroupCounts.Groups.FirstOrDefault(g => groupColumns[(int)g] < 0); // Unknown when none is absent
        if (absent != EthnicGroup.Unknown)
        {
            return Refused(fileName, csv.Line, HeaderField, $"no column for the {StopSearchVocabulary.Name(absent)} group (the five high-level groups are required)");
        }

        if (given is not null && given != census)
        {
            return Refused(fileName, csv.Line, HeaderField, $"the header is that of the {Describe(census)}, not the {Describe(given)} that --source says");
        }

        return ReadCensusRows(csv, fileName, header, kind, columns, census);
    }

    private static PopulationFile ReadCensusRows(CsvTokenizer csv, string fileName, string[] header, PopulationFileKind kind,
        (Role Role, EthnicGroup Group)[] columns, string census)
    {
        string year = census == Census2021 ? "2021" : "2011";
        var errors = new List<FileError>();
        var rows = new List<CensusRow>();
        var seen = new Dictionary<(string, string), long>();
        long skipped = 0;
        while (csv.ReadRecord())
        {
            if (Fields(csv, header.Length, fileName, errors) is not { } f)
            {
                continue;
            }

            if (Array.FindIndex(columns, c => c.Role == Role.RuralUrban) is int ru and >= 0 && !f[ru].Equals("Total", StringComparison.OrdinalIgnoreCase))
            {
                skipped++; // an urban or rural part: the area's Total row holds all of it
                continue;
            }

            if (ReadCensusRow(csv.Line, fileName, header, kind, columns, year, f, out FileError? error) is not { } row)
            {
                errors.Add(error!); // ReadCensusRow gives a row or an error
                continue;
            }

            if (seen.TryGetValue((row.Level, row.Code), out long first))
            {
                errors.Add(new FileError(fileName, csv.Line, header[Array.FindIndex(columns, c => c.Role == Role.Code)],
                    string.Create(CultureInfo.InvariantCulture, $"{row.Code} appears twice (first on line {first})")));
                continue;
            }

            seen[(row.Level, row.Code)] = csv.Line;
            rows.Add(row);
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new FileError(fileName, 2, RecordField, "the file has a header and no area rows"));
        }

        return new PopulationFile(fileName, kind, census, rows, [], errors, skipped);
    }

    /// <summary>One row, checked left to right; the first problem is the row's error.</summary>
    private static CensusRow? ReadCensusRow(long line, string fileName, string[] header, PopulationFileKind kind, (Role Role, EthnicGroup Group)[] columns,
        string year, string[] f, out FileError? error)
    {
        error = null;
        string? code = null, name = null, level = null;
        long total = 0;
        long[] groups = new long[6], details = new long[6];
        bool[] detailed = new bool[6];
        for (int i = 0; i < f.Length; i++)
        {
            (Role role, EthnicGroup group) = columns[i];
            switch (role)
            {
                case Role.Date when f[i] != year:
                    error = new FileError(fileName, line, header[i], $"not {year}, the year of this census table: {Quote(f[i])}");
                    return null;
                case Role.Name:
                    name = f[i].Length > 0 ? f[i] : null;
                    break;
                case Role.Code when kind == PopulationFileKind.ForceCensus:
                    if (PoliceForces.Find(f[i]) is not { } force)
                    {
                        error = new FileError(fileName, line, header[i], $"not a police force area Lantern knows: {Quote(f[i])}");
                        return null;
                    }

                    (code, name, level) = (force.Slug, f[i], "force");
                    break;
                case Role.Code:
                    level = LevelOfCode(f[i]);
                    if (level is null)
                    {
                        error = new FileError(fileName, line, header[i],
                            $"not an LSOA, MSOA or local authority code (E01/W01, E02/W02, E06-E09/W06): {Quote(f[i])}");
                        return null;
                    }

                    code = f[i];
                    break;
                case Role.Total or Role.Group or Role.Detail:
                    if (!long.TryParse(f[i], NumberStyles.None, CultureInfo.InvariantCulture, out long n))
                    {
                        error = new FileError(fileName, line, header[i], $"not a whole number of people: {Quote(f[i])}");
                        return null;
                    }

                    if (role == Role.Total)
                    {
                        total = n;
                    }
                    else if (role == Role.Group)
                    {
                        groups[(int)group] = n;
                    }
                    else
                    {
                        details[(int)group] += n;
                        detailed[(int)group] = true;
                    }

                    break;
            }
        }

        var counts = new EthnicGroupCounts(groups[1], groups[2], groups[3], groups[4], groups[5]);
        if (counts.Total != total)
        {
            error = new FileError(fileName, line, header[Array.FindIndex(columns, c => c.Role == Role.Total)],
                string.Create(CultureInfo.InvariantCulture, $"the five groups add up to {counts.Total}, not the total {total}"));
            return null;
        }

        EthnicGroup off = EthnicGroupCounts.Groups.FirstOrDefault(g => detailed[(int)g] && details[(int)g] != groups[(int)g]); // Unknown when all agree
        if (off != EthnicGroup.Unknown)
        {
            error = new FileError(fileName, line, header[Array.FindIndex(columns, c => c.Role == Role.Group && c.Group == off)],
                string.Create(CultureInfo.InvariantCulture, $"its detailed groups add up to {details[(int)off]}, not {groups[(int)off]}"));
            return null;
        }

        return new CensusRow(line, level!, code!, name, total, counts); // every census header has a code column, and the row read it
    }

    /// <summary>What a census table's column holds; for the total column, which census it is.</summary>
    private static (Role Role, EthnicGroup Group, string? TotalOf) Classify(string h, PopulationFileKind kind)
    {
        if (h.Equals("date", StringComparison.OrdinalIgnoreCase))
        {
            return (Role.Date, EthnicGroup.Unknown, null);
        }

        if (kind == PopulationFileKind.AreaCensus && h.Equals("geography", StringComparison.OrdinalIgnoreCase))
        {
            return (Role.Name, EthnicGroup.Unknown, null);
        }

        if (h.Equals("Rural Urban", StringComparison.OrdinalIgnoreCase))
        {
            return (Role.RuralUrban, EthnicGroup.Unknown, null);
        }

        if (!h.StartsWith(EthnicPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (Role.Ignore, EthnicGroup.Unknown, null);
        }

        string rest = h[EthnicPrefix.Length..].Trim();
        if (rest.EndsWith(Measures, StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[..^Measures.Length].Trim();
        }

        string[] parts = rest.Split(':', StringSplitOptions.TrimEntries);
        if (parts is ["Total", "All usual residents"])
        {
            return (Role.Total, EthnicGroup.Unknown, Census2021);
        }

        if (parts is ["All categories", "Ethnic group"])
        {
            return (Role.Total, EthnicGroup.Unknown, Census2011);
        }

        EthnicGroup group = GroupOf(parts[0]);
        return group == EthnicGroup.Unknown || parts.Length > 2
            ? (Role.Ignore, EthnicGroup.Unknown, null)
            : (parts.Length == 1 ? Role.Group : Role.Detail, group, null);
    }

    // The census's group names begin with the group: "Asian, Asian British or Asian Welsh", "Mixed/multiple ethnic group", ...
    private static EthnicGroup GroupOf(string name) =>
        name.StartsWith("White", StringComparison.OrdinalIgnoreCase) ? EthnicGroup.White
        : name.StartsWith("Black", StringComparison.OrdinalIgnoreCase) ? EthnicGroup.Black
        : name.StartsWith("Asian", StringComparison.OrdinalIgnoreCase) ? EthnicGroup.Asian
        : name.StartsWith("Mixed", StringComparison.OrdinalIgnoreCase) ? EthnicGroup.Mixed
        : name.StartsWith("Other", StringComparison.OrdinalIgnoreCase) ? EthnicGroup.Other
        : EthnicGroup.Unknown;

    // A force table may carry the force area's code beside its name; it is not needed.
    private static bool IsKnownIgnored(string h, PopulationFileKind kind) =>
        kind == PopulationFileKind.ForceCensus && h.StartsWith("PFA", StringComparison.OrdinalIgnoreCase) && h.EndsWith("CD", StringComparison.OrdinalIgnoreCase);

    private static string Describe(string census) => census == Census2021 ? "Census 2021 (census2021)" : "Census 2011 (census2011)";
}
