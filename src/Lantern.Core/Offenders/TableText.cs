namespace Lantern.Core.Offenders;

/// <summary>
/// The text shape the offender tables share with the harm table: <c>#</c> lines carrying <c>name:</c>, <c>version:</c>
/// and <c>source:</c>, a header naming the columns, then comma-separated rows (no quoting: the tables hold no commas).
/// </summary>
internal sealed class TableText
{
    private TableText(string name, string version, string source, List<(int Line, string[] Fields)> rows)
    {
        Name = name;
        Version = version;
        Source = source;
        Rows = rows;
    }

    public string Name { get; }

    public string Version { get; }

    public string Source { get; }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <summary>Splits the text; null with <paramref name="error"/> set when the header is not <paramref name="header"/>.</summary>
    public static TableText? Read(string text, string fileName, string header, out (int Line, string Field, string Reason)? error)
    {
        string name = fileName, version = "unversioned", source = fileName;
        var rows = new List<(int, string[])>();
        bool seenHeader = false;
        int lineNo = 0;
        error = null;
        foreach (string rawLine in text.Split('\n'))
        {
            lineNo++;
            string line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                string meta = line[1..].Trim();
                int colon = meta.IndexOf(':', StringComparison.Ordinal);
                string key = colon > 0 ? meta[..colon].Trim().ToUpperInvariant() : string.Empty;
                string value = colon > 0 ? meta[(colon + 1)..].Trim() : string.Empty;
                switch (key)
                {
                    case "NAME": name = value; break;
                    case "VERSION": version = value; break;
                    case "SOURCE": source = value; break;
                    default: break;
                }

                continue;
            }

            string[] fields = line.Split(',');
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            if (!seenHeader)
            {
                if (!string.Equals(string.Join(',', fields), header, StringComparison.OrdinalIgnoreCase))
                {
                    error = (lineNo, "header", $"expected the header '{header}'");
                    return null;
                }

                seenHeader = true;
                continue;
            }

            rows.Add((lineNo, fields));
        }

        if (!seenHeader)
        {
            error = (lineNo, "header", $"the file has no '{header}' header");
            return null;
        }

        return new TableText(name, version, source, rows);
    }
}
