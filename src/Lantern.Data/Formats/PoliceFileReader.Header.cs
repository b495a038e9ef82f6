namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
    // Recognises the kind from columns only one kind has, then checks every column against that kind.
    private static FileError? ReadHeader(CsvTokenizer tokenizer, string fileName, out SourceKind kind, out int[] columns)
    {
        kind = default;
        columns = [];
        if (!tokenizer.ReadRecord())
        {
            return new FileError(fileName, 1, HeaderField, "the file is empty: expected a header line");
        }

        long line = tokenizer.Line;
        if (tokenizer.Malformed is { } malformed)
        {
            return new FileError(fileName, line, HeaderField, "unreadable header: malformed quoting: " + malformed);
        }

        string[] header = new string[tokenizer.FieldCount];
        for (int i = 0; i < header.Length; i++)
        {
            header[i] = tokenizer.Field(i).Trim().ToString();
        }

        SourceKind? recognised =
            Has(header, "HUNDRED_BLOCK") && Has(header, "TYPE") ? SourceKind.VpdGeoDash
            : Has(header, "Search reference") ? SourceKind.StopSearchExport
            : Has(header, "Crime reference") ? SourceKind.ForceExport
            : Has(header, "Crime type") ? SourceKind.Street
            : Has(header, "Outcome type") ? SourceKind.Outcomes
            : Has(header, "Object of search") || (Has(header, "Type") && Has(header, "Date")) ? SourceKind.StopAndSearch
            : null;
        if (recognised is not { } k)
        {
            return new FileError(fileName, line, HeaderField,
                "not a recognised header: expected a data.police.uk street, outcomes or stop-and-search file, a force export with "
                + "'Crime reference' or 'Search reference', or a VPD GeoDASH export (see docs/formats.md)");
        }

        kind = k;
        string[] names = PoliceColumns.For(k);
        columns = new int[names.Length];
        Array.Fill(columns, -1);
        for (int i = 0; i < header.Length; i++)
        {
            int canonical = Array.FindIndex(names, n => string.Equals(n, header[i], StringComparison.OrdinalIgnoreCase));
            if (canonical < 0)
            {
                return new FileError(fileName, line, header[i], $"unknown column for a {Describe(k)} file");
            }

            if (columns[canonical] >= 0)
            {
                return new FileError(fileName, line, header[i], "the column appears twice");
            }

            columns[canonical] = i;
        }

        foreach (int required in PoliceColumns.Required(k))
        {
            if (columns[required] < 0)
            {
                return new FileError(fileName, line, names[required], $"required column missing from a {Describe(k)} file");
            }
        }

        bool anyPair = false;
        foreach ((int first, int second) in PoliceColumns.Pairs(k))
        {
            if ((columns[first] < 0) != (columns[second] < 0))
            {
                int missing = columns[first] < 0 ? first : second;
                int present = columns[first] < 0 ? second : first;
                return new FileError(fileName, line, names[missing], $"column missing: '{names[present]}' needs '{names[missing]}'");
            }

            anyPair |= columns[first] >= 0;
        }

        if (k is SourceKind.ForceExport or SourceKind.StopSearchExport && !anyPair)
        {
            return new FileError(fileName, line, HeaderField,
                $"a {Describe(k)} needs a location: columns 'Easting' and 'Northing', or 'Longitude' and 'Latitude'");
        }

        return null;
    }

    private static bool Has(string[] header, string name)
    {
        foreach (string h in header)
        {
            if (string.Equals(h, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(SourceKind kind) => kind switch
    {
        SourceKind.Street => "data.police.uk street",
        SourceKind.Outcomes => "data.police.uk outcomes",
        SourceKind.StopAndSearch => "data.police.uk stop-and-search",
        SourceKind.StopSearchExport => "stop-and-search force export",
        SourceKind.VpdGeoDash => "VPD GeoDASH export",
        _ => "force export",
    };
}
