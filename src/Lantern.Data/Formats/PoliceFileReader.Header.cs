using System.Globalization;

namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
    // Recognises the kind from columns only one kind has, then checks every column against that kind.
    private static FileError? ReadHeader(CsvTokenizer tokenizer, string fileName, out SourceKind kind, out int[] columns, out string[] header)
    {
        kind = default;
        columns = [];
        header = [];
        if (!tokenizer.ReadRecord())
        {
            return new FileError(fileName, 1, HeaderField, "the file is empty: expected a header line");
        }

        long line = tokenizer.Line;
        if (tokenizer.RawRecord.StartsWith("PK\u0003\u0004", StringComparison.Ordinal))
        {
            return new FileError(fileName, line, HeaderField,
                "the file is a zip archive or an Excel workbook (.xlsx), not CSV text: save the sheet as 'CSV UTF-8', or name an archive .zip");
        }

        if (tokenizer.Malformed is { } malformed)
        {
            return new FileError(fileName, line, HeaderField, "unreadable header: " + malformed);
        }

        string[] read = new string[tokenizer.FieldCount];
        header = read;
        for (int i = 0; i < read.Length; i++)
        {
            read[i] = tokenizer.Field(i).Trim().ToString();
        }

        SourceKind? recognised =
            Has(read, "HUNDRED_BLOCK") && Has(read, "TYPE") ? SourceKind.VpdGeoDash
            : Has(read, "Search reference") ? SourceKind.StopSearchExport
            : Has(read, "Crime reference") ? SourceKind.ForceExport
            : Has(read, "Crime type") ? SourceKind.Street
            : Has(read, "Outcome type") ? SourceKind.Outcomes
            : Has(read, "Object of search") || (Has(read, "Type") && Has(read, "Date")) ? SourceKind.StopAndSearch
            : null;
        if (recognised is not { } k)
        {
            return new FileError(fileName, line, HeaderField, NotCsvHint(read) ??
                "not a recognised header: expected a data.police.uk street, outcomes or stop-and-search file, a force export with "
                + "'Crime reference' or 'Search reference', or a VPD GeoDASH export (see docs/formats.md)");
        }

        kind = k;
        string[] names = PoliceColumns.For(k);
        columns = new int[names.Length];
        Array.Fill(columns, -1);
        for (int i = 0; i < read.Length; i++)
        {
            if (read[i].Length == 0)
            {
                continue; // a column with no name: its values must be blank (UnnamedColumnsBlank)
            }

            int canonical = Array.FindIndex(names, n => string.Equals(n, read[i], StringComparison.OrdinalIgnoreCase));
            if (canonical < 0)
            {
                return new FileError(fileName, line, read[i], $"unknown column for a {Describe(k)} file");
            }

            if (columns[canonical] >= 0)
            {
                return new FileError(fileName, line, read[i], "the column appears twice");
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

    // A header that is one field holding tabs or semicolons is a CSV file in another dialect: Excel's "Unicode Text" save
    // is tab-separated, and Excel in a locale with a decimal comma separates fields with semicolons.
    private static string? NotCsvHint(string[] header)
    {
        if (header.Length != 1)
        {
            return null;
        }

        return header[0].Contains('\t', StringComparison.Ordinal)
            ? "the header is separated by tabs, not commas (Excel's 'Unicode Text'?): save the file as 'CSV UTF-8 (Comma delimited)'"
            : header[0].Contains(';', StringComparison.Ordinal)
                ? "the header is separated by semicolons, not commas (Excel with a decimal comma?): save the file with commas"
                : null;
    }

    // The header's own name for a field (as written), or "(record)" for a field beyond it or a whole-record problem.
    private string HeaderName(int index) => index >= 0 && index < _header.Length && _header[index].Length > 0 ? _header[index] : RecordField;

    private string FieldCountReason() =>
        string.Create(CultureInfo.InvariantCulture, $"expected {_headerFieldCount} fields as in the header, found {_tokenizer.FieldCount}");

    // The row's text without its blank trailing unnamed fields (checked blank, so they hold no comma).
    private ReadOnlySpan<char> WithoutTrailingUnnamed(ReadOnlySpan<char> raw)
    {
        for (int i = 0; i < _trailingUnnamed; i++)
        {
            raw = raw[..raw.LastIndexOf(',')];
        }

        return raw;
    }

    private bool UnnamedColumnsBlank(IRowSink sink)
    {
        foreach (int i in _unnamed)
        {
            if (!IsBlank(_tokenizer.Field(i)))
            {
                Reject(sink, RecordField, string.Create(CultureInfo.InvariantCulture,
                    $"a value in column {i + 1}, which has no name in the header: {Quote(_tokenizer.Field(i))}"));
                return false;
            }
        }

        return true;
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
