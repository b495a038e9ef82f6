using System.Text.Json;

namespace Lantern.Data.Formats.GeoJson;

/// <content>Properties: which one is the code, which the name, and the rest as text.</content>
internal sealed partial class GeoJsonAreaReader
{
    private static readonly IReadOnlyDictionary<string, string> s_noProperties = new Dictionary<string, string>(0);

    private static PropertyChoice ChoosePropertyNames(JsonElement features, GeoJsonAreaOptions? options, bool mask, out string? problem)
    {
        problem = null;
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (JsonElement feature in features.EnumerateArray())
        {
            if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out JsonElement properties)
                || properties.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (JsonProperty property in properties.EnumerateObject())
            {
                if (seen.Add(property.Name))
                {
                    keys.Add(property.Name);
                }

                if (property.Name.EndsWith("CD", StringComparison.OrdinalIgnoreCase)
                    && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    if (!distinct.TryGetValue(property.Name, out HashSet<string>? values))
                    {
                        values = new HashSet<string>(StringComparer.Ordinal);
                        distinct[property.Name] = values;
                    }

                    values.Add(property.Value.ToString());
                }
            }
        }

        string? code = options?.CodeProperty;
        if (code is not null)
        {
            if (!seen.Contains(code) && !mask)
            {
                problem = $"no feature has the code property '{code}'; properties seen: {List(keys)}";
                return default;
            }
        }
        else
        {
            string? prefix = options?.CodePrefix;
            int best = -1;
            foreach (string key in keys)
            {
                if (distinct.TryGetValue(key, out HashSet<string>? values)
                    && (prefix is null || key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) && values.Count > best)
                {
                    code = key;
                    best = values.Count;
                }
            }

            code ??= prefix is null ? keys.Find(k => k.Equals("code", StringComparison.OrdinalIgnoreCase)) : null;
            if (code is null && !mask)
            {
                problem = prefix is null
                    ? "no code property (a name ending in 'CD', such as LSOA21CD, or 'code'); "
                        + $"properties seen: {List(keys)}; name one explicitly"
                    : $"no property starting with '{prefix}' and ending in 'CD'; properties seen: {List(keys)}";
                return default;
            }
        }

        string? name = options?.NameProperty;
        if (name is not null && !seen.Contains(name) && !mask)
        {
            problem = $"no feature has the name property '{name}'; properties seen: {List(keys)}";
            return default;
        }

        if (name is null && code is not null)
        {
            // LSOA21CD -> LSOA21NM; then a plain "name"; then the only *NM property, if there is just one.
            string stem = code.EndsWith("CD", StringComparison.OrdinalIgnoreCase) ? code[..^2] : code;
            name = keys.Find(k => k.Equals(stem + "NM", StringComparison.OrdinalIgnoreCase))
                ?? keys.Find(k => k.Equals("name", StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                List<string> nm = keys.FindAll(k => k.EndsWith("NM", StringComparison.OrdinalIgnoreCase));
                name = nm.Count == 1 ? nm[0] : null;
            }
        }

        return new PropertyChoice(code, name);
    }

    private static string? PropertyText(JsonElement properties, string name)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static IReadOnlyDictionary<string, string> OtherProperties(JsonElement properties, PropertyChoice choice)
    {
        if (properties.ValueKind != JsonValueKind.Object)
        {
            return s_noProperties;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in properties.EnumerateObject())
        {
            if (property.Name == choice.Code || property.Name == choice.Name)
            {
                continue;
            }

            result[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                JsonValueKind.Null => string.Empty,
                _ => property.Value.GetRawText(),
            };
        }

        return result.Count == 0 ? s_noProperties : result;
    }

    private static string List(List<string> keys) =>
        keys.Count == 0 ? "(none)" : string.Join(", ", keys.Count <= 12 ? keys : [.. keys[..12], "..."]);

    private readonly record struct PropertyChoice(string? Code, string? Name);
}
