namespace Lantern.Tests.Shared;

/// <summary>
/// Splits one CSV line per RFC 4180 (quotes, doubled quotes, commas inside quotes). Written for the tests apart from
/// Lantern's own reader, so that a test reading a file or an export checks Lantern against something independent.
/// Linked into each test project that needs it.
/// </summary>
internal static class CsvLine
{
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
