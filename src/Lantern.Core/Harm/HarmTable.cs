using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Lantern.Core.Crimes;

namespace Lantern.Core.Harm;

/// <summary>
/// A versioned table of harm weights: by crime category, and optionally by Home Office offence code (which wins
/// when a record carries one). Harm of a place = Σ weight over its crimes (DOMAIN.md §1).
/// </summary>
/// <remarks>
/// Immutable and thread safe. Weights are data, not code: the default table is embedded
/// (<c>Harm/Tables/cchi-category-2026.csv</c>) and a force can load its own with <see cref="Parse"/>.
/// Categories marked not counted (anti-social behaviour, proactively found drugs) weigh 0 in harm totals.
/// </remarks>
public sealed class HarmTable
{
    private readonly double[] _byCategory;
    private readonly bool[] _counted;
    private readonly FrozenDictionary<string, double> _byOffenceCode;

    private HarmTable(string name, string version, string unit, string source, double[] byCategory, bool[] counted,
        FrozenDictionary<string, double> byOffenceCode)
    {
        Name = name;
        Version = version;
        Unit = unit;
        Source = source;
        _byCategory = byCategory;
        _counted = counted;
        _byOffenceCode = byOffenceCode;
    }

    /// <summary>The default: Cambridge Crime Harm Index days per data.police.uk category.</summary>
    public static HarmTable Default { get; } = LoadEmbedded("cchi-category-2026.csv");

    /// <summary>
    /// Cambridge Crime Harm Index days by Home Office offence code for violence and sexual offences (the subgroup medians of
    /// DOMAIN.md §1), with the category weights as fallbacks: the default weights of offender scoring (docs/offenders.md).
    /// </summary>
    public static HarmTable ByOffenceCode { get; } = LoadEmbedded("cchi-offence-code-2026.csv");

    /// <summary>Human-readable name.</summary>
    public string Name { get; }

    /// <summary>Version recorded with every result that uses the table.</summary>
    public string Version { get; }

    /// <summary>Unit of the weights, e.g. "days".</summary>
    public string Unit { get; }

    /// <summary>Where the weights come from.</summary>
    public string Source { get; }

    /// <summary>The weight of one crime of a category, 0 when the category is not counted.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The weight.</returns>
    public double WeightOf(CrimeCategory category) => _counted[(int)category] ? _byCategory[(int)category] : 0;

    /// <summary>The weight of one crime: by offence code when the table has it, else by category.</summary>
    /// <param name="category">The category.</param>
    /// <param name="offenceCode">The Home Office offence code, e.g. <c>008/01</c>, or null.</param>
    /// <returns>The weight.</returns>
    public double WeightOf(CrimeCategory category, string? offenceCode) =>
        offenceCode is not null && _byOffenceCode.TryGetValue(offenceCode, out double w) ? w : WeightOf(category);

    /// <summary>
    /// Parses a harm table. Lines starting with '#' carry <c>name:</c>, <c>version:</c>, <c>unit:</c> and
    /// <c>source:</c>; then a header <c>key,weight,counted,note</c>; each key is a category (name or slug) or
    /// <c>ho:</c> followed by a Home Office offence code. Categories not listed weigh 0.
    /// </summary>
    /// <param name="text">The table's text.</param>
    /// <param name="fileName">Named in error messages.</param>
    /// <returns>The table, or the first error with its line and field.</returns>
    public static HarmTableParseResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        string name = fileName, version = "unversioned", unit = "days", source = fileName;
        int categories = Enum.GetValues<CrimeCategory>().Length;
        double[] weights = new double[categories];
        bool[] counted = new bool[categories];
        var codes = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        bool header = false;
        int lineNo = 0;
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
                if (colon > 0)
                {
                    string key = meta[..colon].Trim().ToUpperInvariant();
                    string value = meta[(colon + 1)..].Trim();
                    switch (key)
                    {
                        case "NAME": name = value; break;
                        case "VERSION": version = value; break;
                        case "UNIT": unit = value; break;
                        case "SOURCE": source = value; break;
                        default: break;
                    }
                }

                continue;
            }

            string[] fields = line.Split(',');
            if (!header)
            {
                if (fields.Length < 2 || !fields[0].Trim().Equals("key", StringComparison.OrdinalIgnoreCase)
                    || !fields[1].Trim().Equals("weight", StringComparison.OrdinalIgnoreCase))
                {
                    return HarmTableParseResult.Fail(fileName, lineNo, "header", "expected the header 'key,weight,counted,note'");
                }

                header = true;
                continue;
            }

            string k = fields[0].Trim();
            if (!double.TryParse(fields[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double weight)
                || !double.IsFinite(weight) || weight < 0)
            {
                return HarmTableParseResult.Fail(fileName, lineNo, "weight", $"'{fields[1].Trim()}' is not a non-negative number");
            }

            bool isCounted = true;
            if (fields.Length > 2 && fields[2].Trim().Length > 0 && !bool.TryParse(fields[2].Trim(), out isCounted))
            {
                return HarmTableParseResult.Fail(fileName, lineNo, "counted", $"'{fields[2].Trim()}' is not true or false");
            }

            if (k.StartsWith("ho:", StringComparison.OrdinalIgnoreCase))
            {
                codes[k[3..].Trim()] = isCounted ? weight : 0;
                continue;
            }

            CrimeCategory c = CrimeCategories.FromRaw(k);
            if (c == CrimeCategory.Unknown)
            {
                return HarmTableParseResult.Fail(fileName, lineNo, "key", $"'{k}' is neither a crime category nor 'ho:<offence code>'");
            }

            weights[(int)c] = weight;
            counted[(int)c] = isCounted;
        }

        if (!header)
        {
            return HarmTableParseResult.Fail(fileName, lineNo, "header", "the file has no 'key,weight,counted,note' header");
        }

        return HarmTableParseResult.Ok(new HarmTable(name, version, unit, source, weights, counted,
            codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)));
    }

    private static HarmTable LoadEmbedded(string file)
    {
        string resource = "Lantern.Core.Harm.Tables." + file;
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded harm table {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        HarmTableParseResult result = Parse(reader.ReadToEnd(), file);
        return result.Table ?? throw new InvalidOperationException($"Embedded harm table is invalid: {result.Error}");
    }
}
