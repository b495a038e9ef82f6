using System.Globalization;
using System.Text.Json;

namespace Lantern.Analysis;

/// <summary>
/// Where two JSON documents differ, path by path (<c>places[3].harm</c>): objects by property, arrays by position. Numbers
/// that differ only in their last digits (relative difference under <see cref="Rounding"/>) are told apart, as another
/// processor may compute a transcendental function's last bit differently. Written here because System.Text.Json can say
/// whether two documents are equal (JsonNode.DeepEquals) but not where they differ.
/// </summary>
internal static class JsonDifferences
{
    public const double Rounding = 1e-9;

    public static IReadOnlyList<JsonDifference> Between(string then, string now)
    {
        using JsonDocument a = JsonDocument.Parse(then);
        using JsonDocument b = JsonDocument.Parse(now);
        var found = new List<JsonDifference>();
        Walk(a.RootElement, b.RootElement, string.Empty, found);
        return found;
    }

    private static void Walk(JsonElement? a, JsonElement? b, string path, List<JsonDifference> found)
    {
        if (a is { ValueKind: JsonValueKind.Object } oa && b is { ValueKind: JsonValueKind.Object } ob)
        {
            var names = oa.EnumerateObject().Select(p => p.Name).ToList();
            names.AddRange(ob.EnumerateObject().Select(p => p.Name).Where(n => !names.Contains(n, StringComparer.Ordinal)));
            foreach (string name in names)
            {
                Walk(oa.TryGetProperty(name, out JsonElement x) ? x : null, ob.TryGetProperty(name, out JsonElement y) ? y : null,
                    path.Length == 0 ? name : $"{path}.{name}", found);
            }

            return;
        }

        if (a is { ValueKind: JsonValueKind.Array } sa && b is { ValueKind: JsonValueKind.Array } sb && AllStrings(sa) && AllStrings(sb))
        {
            // Lists of sentences (notes, automatic choices): one added or taken away is one difference, not a shift of all after it.
            var then = sa.EnumerateArray().Select(e => e.GetRawText()).ToList();
            var now = sb.EnumerateArray().Select(e => e.GetRawText()).ToList();
            int before = found.Count;
            for (int i = 0; i < then.Count; i++)
            {
                if (!now.Contains(then[i], StringComparer.Ordinal))
                {
                    found.Add(new JsonDifference(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), then[i], null, false));
                }
            }

            for (int j = 0; j < now.Count; j++)
            {
                if (!then.Contains(now[j], StringComparer.Ordinal))
                {
                    found.Add(new JsonDifference(string.Create(CultureInfo.InvariantCulture, $"{path}[{j}]"), null, now[j], false));
                }
            }

            if (found.Count == before && !then.SequenceEqual(now, StringComparer.Ordinal))
            {
                found.Add(new JsonDifference(path, "[" + string.Join(",", then) + "]", "[" + string.Join(",", now) + "]", false)); // another order, or repeats
            }

            return;
        }

        if (a is { ValueKind: JsonValueKind.Array } aa && b is { ValueKind: JsonValueKind.Array } ab)
        {
            int n = Math.Max(aa.GetArrayLength(), ab.GetArrayLength());
            for (int i = 0; i < n; i++)
            {
                Walk(i < aa.GetArrayLength() ? aa[i] : null, i < ab.GetArrayLength() ? ab[i] : null,
                    string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), found);
            }

            return;
        }

        string? thenText = a?.GetRawText();
        string? nowText = b?.GetRawText();
        if (string.Equals(thenText, nowText, StringComparison.Ordinal))
        {
            return;
        }

        bool rounding = a is { ValueKind: JsonValueKind.Number } na && b is { ValueKind: JsonValueKind.Number } nb
            && na.GetDouble() is var x1 && nb.GetDouble() is var y1
            && Math.Abs(x1 - y1) <= Rounding * Math.Max(Math.Abs(x1), Math.Abs(y1));
        found.Add(new JsonDifference(path, thenText, nowText, rounding));
    }

    private static bool AllStrings(JsonElement array) => array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String);
}
