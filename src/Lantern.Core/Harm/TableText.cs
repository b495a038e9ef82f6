using System.Reflection;

namespace Lantern.Core.Harm;

/// <summary>
/// The text shape of Lantern's versioned tables (harm weights, offence groups, RFGV bands): <c>#</c> lines carrying
/// <c>name:</c>, <c>version:</c>, <c>unit:</c> and <c>source:</c>, a header naming the columns, then comma-separated rows
/// (no quoting: the tables hold no commas).
/// </summary>
internal sealed class TableText
{
    private TableText(string name, string version, string unit, string source, List<(int Line, string[] Fields)> rows)
    {
        Name = name;
        Version = version;
        Unit = unit;
        Source = source;
        Rows = rows;
    }

    public string Name { get; }

    public string Version { get; }

    public string Unit { get; }

    public string Source { get; }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <summary>Splits the text; null with <paramref name="error"/> set when the header is not <paramref name="header"/>.</summary>
    public static TableText? Read(string text, string fileName, string header, out (int Line, string Field, string Reason)? error) =>
        Read(text, fileName, header, fields => string.Equals(string.Join(',', fields), header, StringComparison.OrdinalIgnoreCase), out error);

    /// <summary>The text of a table embedded in Lantern.Core (<c>Lantern.Core.&lt;folder&gt;.Tables.&lt;file&gt;</c>).</summary>
    public static string Embedded(string resource)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded table {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Splits the text; null with <paramref name="error"/> set when <paramref name="isHeader"/> refuses the first row (<paramref name="header"/> names it in the message).</summary>
    public static TableText? Read(string text, string fileName, string header, Func<string[], bool> isHeader, out (int Line, string Field, string Reason)? error)
    {
        string name = fileName, version = "unversioned", unit = "days", source = fileName;
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
                    case "UNIT": unit = value; break;
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
                if (!isHeader(fields))
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

        return new TableText(name, version, unit, source, rows);
    }
}
