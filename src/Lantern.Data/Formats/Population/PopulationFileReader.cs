using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Core.Forces;

namespace Lantern.Data.Formats.Population;

/// <summary>
/// Reads the census denominators of stop-and-search disproportionality, and the lookups that sum areas into larger
/// ones, recognising each from its header (docs/stop-search.md): Census 2021 TS021 or Census 2011 ethnic group by ONS
/// area code (LSOA, MSOA, local authority) or by police force area; the ONS LSOA → MSOA → LAD lookup; the ONS
/// LAD → PFA lookup. Every row is checked (codes, whole numbers, the five groups adding up to the total, the detailed
/// groups adding up to their group) and every error kept with its line, field and reason.
/// </summary>
internal static partial class PopulationFileReader
{
    public const string Census2021 = "census2021";
    public const string Census2011 = "census2011";

    private const string HeaderField = "(header)";
    private const string RecordField = "(record)";

    public static IReadOnlyList<string> Censuses { get; } = [Census2021, Census2011];

    /// <summary>Reads a whole file; <paramref name="census"/>, when given, must agree with what the header says.</summary>
    public static PopulationFile Read(Stream stream, string fileName, string? census)
    {
        using var csv = new CsvTokenizer(stream);
        if (!csv.ReadRecord())
        {
            return Refused(fileName, 1, HeaderField, "the file is empty: expected a header line");
        }

        if (csv.Malformed is { } malformed)
        {
            return Refused(fileName, csv.Line, HeaderField, "unreadable header: " + malformed);
        }

        string[] header = new string[csv.FieldCount];
        for (int i = 0; i < header.Length; i++)
        {
            header[i] = csv.Field(i).Trim().ToString();
        }

        int msoa = Match(header, MsoaCodeColumn()), lad = Match(header, LadCodeColumn()), pfa = Match(header, PfaNameColumn());
        bool ethnic = header.Any(h => h.StartsWith(EthnicPrefix, StringComparison.OrdinalIgnoreCase));
        if (ethnic)
        {
            int code = Array.FindIndex(header, h => h.Equals("geography code", StringComparison.OrdinalIgnoreCase));
            return code >= 0 || pfa >= 0
                ? ReadCensus(csv, fileName, header, code >= 0 ? PopulationFileKind.AreaCensus : PopulationFileKind.ForceCensus, code >= 0 ? code : pfa, census)
                : Refused(fileName, csv.Line, HeaderField, "a census table needs a 'geography code' column (ONS area codes) or a 'PFA16NM' column (police force areas)");
        }

        if (census is not null && (msoa >= 0 || (lad >= 0 && pfa >= 0)))
        {
            return Refused(fileName, csv.Line, HeaderField, $"this is a lookup of areas, not a census table: leave out --source");
        }

        if (msoa >= 0 && lad >= 0 && !header[msoa].Equals("MSOA21CD", StringComparison.OrdinalIgnoreCase))
        {
            // MSOAs were redrawn for 2021: links of other vintages would claim 2021 codes for the wrong borough, or codes
            // that no longer exist, and the Census 2021 counts are by 2021 MSOA.
            return Refused(fileName, csv.Line, header[msoa],
                "an MSOA lookup must use 2021 MSOA codes (MSOA21CD), as the Census 2021 counts do: this file's MSOAs are of another vintage");
        }

        if (msoa >= 0 && lad >= 0)
        {
            return ReadLookup(csv, fileName, header, PopulationFileKind.MsoaToBorough, msoa, lad, Match(header, LadNameColumn()));
        }

        if (lad >= 0 && pfa >= 0)
        {
            return ReadLookup(csv, fileName, header, PopulationFileKind.BoroughToForce, lad, pfa, pfa);
        }

        if (header.Contains("Police force", StringComparer.OrdinalIgnoreCase) && header.Contains("Chinese", StringComparer.OrdinalIgnoreCase))
        {
            return Refused(fileName, csv.Line, HeaderField,
                "this is the older police grouping of the 2011 census (Chinese apart from Asian, no total): import the census's own five groups " +
                "by police force area instead (census2011-ethnic-group-by-police-force.csv)");
        }

        return Refused(fileName, csv.Line, HeaderField,
            "not a recognised population file: expected a census ethnic group table (Census 2021 TS021 or Census 2011, by 'geography code' or " +
            "'PFA16NM'), an MSOA to local authority lookup (MSOA21CD, LAD22CD) or a local authority to police force lookup (LAD16CD, PFA16NM)");
    }

    /// <summary>lsoa, msoa or borough for an ONS code of that kind (England or Wales); null for any other code.</summary>
    public static string? LevelOfCode(string code) =>
        LsoaCode().IsMatch(code) ? "lsoa" : MsoaCode().IsMatch(code) ? "msoa" : BoroughCode().IsMatch(code) ? "borough" : null;

    private static PopulationFile Refused(string fileName, long line, string field, string reason) =>
        new(fileName, null, null, [], [], [new FileError(fileName, line, field, reason)], 0);

    private static int Match(string[] header, Regex pattern) => Array.FindIndex(header, pattern.IsMatch);

    private static string Quote(ReadOnlySpan<char> text) => "'" + text.ToString() + "'";

    /// <summary>Reads a row's fields, or says why it cannot be read at all.</summary>
    private static string[]? Fields(CsvTokenizer csv, int expected, string fileName, List<FileError> errors)
    {
        if (csv.Malformed is { } malformed)
        {
            errors.Add(new FileError(fileName, csv.Line, RecordField, malformed));
            return null;
        }

        if (csv.FieldCount != expected)
        {
            errors.Add(new FileError(fileName, csv.Line, RecordField,
                string.Create(CultureInfo.InvariantCulture, $"expected {expected} fields as in the header, found {csv.FieldCount}")));
            return null;
        }

        string[] fields = new string[expected];
        for (int i = 0; i < expected; i++)
        {
            fields[i] = csv.Field(i).Trim().ToString();
        }

        return fields;
    }

    private static PopulationFile ReadLookup(CsvTokenizer csv, string fileName, string[] header, PopulationFileKind kind, int child, int parent, int parentName)
    {
        bool toForce = kind == PopulationFileKind.BoroughToForce;
        (string level, string parentLevel) = toForce ? ("borough", "force") : ("msoa", "borough");
        var errors = new List<FileError>();
        var links = new Dictionary<string, AreaLink>(StringComparer.Ordinal);
        while (csv.ReadRecord())
        {
            if (Fields(csv, header.Length, fileName, errors) is not { } f)
            {
                continue;
            }

            string code = f[child];
            if (LevelOfCode(code) != level)
            {
                errors.Add(new FileError(fileName, csv.Line, header[child], $"not {(toForce ? "a local authority" : "an MSOA")} code: {Quote(code)}"));
                continue;
            }

            string parentCode;
            if (toForce)
            {
                if (PoliceForces.Find(f[parent]) is not { } force)
                {
                    errors.Add(new FileError(fileName, csv.Line, header[parent], $"not a police force area Lantern knows: {Quote(f[parent])}"));
                    continue;
                }

                parentCode = force.Slug;
            }
            else if (LevelOfCode(f[parent]) != "borough")
            {
                errors.Add(new FileError(fileName, csv.Line, header[parent], $"not a local authority code: {Quote(f[parent])}"));
                continue;
            }
            else
            {
                parentCode = f[parent];
            }

            if (links.TryGetValue(code, out AreaLink? seen))
            {
                if (seen.ParentCode != parentCode)
                {
                    errors.Add(new FileError(fileName, csv.Line, header[parent],
                        string.Create(CultureInfo.InvariantCulture, $"{code} is in {seen.ParentCode} on line {seen.Line} and in {parentCode} here: an area lies in one {parentLevel}")));
                }

                continue;
            }

            links[code] = new AreaLink(csv.Line, level, code, parentLevel, parentCode, parentName >= 0 && f[parentName].Length > 0 ? f[parentName] : null);
        }

        if (links.Count == 0 && errors.Count == 0)
        {
            errors.Add(new FileError(fileName, 2, RecordField, "the file has a header and no rows"));
        }

        return new PopulationFile(fileName, kind, null, [], [.. links.Values], errors, 0);
    }

    [GeneratedRegex("^MSOA[0-9]{2}CD$", RegexOptions.IgnoreCase)]
    private static partial Regex MsoaCodeColumn();

    [GeneratedRegex("^LAD[0-9]{2}CD$", RegexOptions.IgnoreCase)]
    private static partial Regex LadCodeColumn();

    [GeneratedRegex("^LAD[0-9]{2}NM$", RegexOptions.IgnoreCase)]
    private static partial Regex LadNameColumn();

    [GeneratedRegex("^PFA[0-9]{2}NM$", RegexOptions.IgnoreCase)]
    private static partial Regex PfaNameColumn();

    [GeneratedRegex("^[EW]01[0-9]{6}$")]
    private static partial Regex LsoaCode();

    [GeneratedRegex("^[EW]02[0-9]{6}$")]
    private static partial Regex MsoaCode();

    // Unitary authorities (E06, W06), non-metropolitan districts (E07), metropolitan districts (E08), London boroughs (E09).
    [GeneratedRegex("^(E0[6-9]|W06)[0-9]{6}$")]
    private static partial Regex BoroughCode();
}
