using System.Collections.Frozen;
using System.Globalization;
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
    /// <remarks>
    /// Revision 2 (<c>cchi-offence-code-2026-02-r2</c>) gives the two categories data.police.uk used before May 2013 their
    /// category weights; revision 1 left them out, so such a record weighed 0 unless its code was listed. Revision 1 stays
    /// embedded so that runs scored with it are still judged by it (<see cref="Embedded"/>).
    /// </remarks>
    public static HarmTable ByOffenceCode { get; } = LoadEmbedded("cchi-offence-code-2026-r2.csv");

    /// <summary>Every table Lantern has carried, the current ones first: earlier versions are kept for the runs made with them.</summary>
    private static readonly HarmTable[] s_embedded = [Default, ByOffenceCode, LoadEmbedded("cchi-offence-code-2026.csv")];

    /// <summary>The embedded table of this version (the current ones and those before them), or null when Lantern never carried it.</summary>
    /// <param name="version">A table version as a run recorded it, e.g. <c>cchi-offence-code-2026-02</c>.</param>
    /// <returns>The table, or null.</returns>
    public static HarmTable? Embedded(string version) => Array.Find(s_embedded, t => t.Version == version);

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
        // The header is 'key,weight' followed by any columns (counted and note are optional).
        TableText? table = TableText.Read(text, fileName, "key,weight,counted,note",
            f => f.Length >= 2 && f[0].Equals("key", StringComparison.OrdinalIgnoreCase) && f[1].Equals("weight", StringComparison.OrdinalIgnoreCase), out var error);
        if (table is null)
        {
            return HarmTableParseResult.Fail(fileName, error!.Value.Line, error.Value.Field, error.Value.Reason); // set when null
        }

        int categories = Enum.GetValues<CrimeCategory>().Length;
        double[] weights = new double[categories];
        bool[] counted = new bool[categories];
        var codes = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach ((int lineNo, string[] fields) in table.Rows)
        {
            string k = fields[0];
            if (fields.Length < 2 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double weight)
                || !double.IsFinite(weight) || weight < 0)
            {
                return HarmTableParseResult.Fail(fileName, lineNo, "weight", $"'{(fields.Length < 2 ? string.Empty : fields[1])}' is not a non-negative number");
            }

            bool isCounted = true;
            if (fields.Length > 2 && fields[2].Length > 0 && !bool.TryParse(fields[2], out isCounted))
            {
                return HarmTableParseResult.Fail(fileName, lineNo, "counted", $"'{fields[2]}' is not true or false");
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

        return HarmTableParseResult.Ok(new HarmTable(table.Name, table.Version, table.Unit, table.Source, weights, counted,
            codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)));
    }

    private static HarmTable LoadEmbedded(string file)
    {
        HarmTableParseResult result = Parse(TableText.Embedded("Lantern.Core.Harm.Tables." + file), file);
        return result.Table ?? throw new InvalidOperationException($"Embedded harm table is invalid: {result.Error}");
    }
}
