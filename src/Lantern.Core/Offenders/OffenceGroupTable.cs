using System.Collections.Frozen;
using System.Globalization;
using Lantern.Core.Harm;

namespace Lantern.Core.Offenders;

/// <summary>
/// A versioned table that puts each Home Office offence code in an offence group (which offence sets choose from) and a
/// MoPI retention group. A code is looked up exactly, then by its class (<c>019/*</c>), then the catch-all <c>*</c>.
/// </summary>
/// <remarks>
/// Immutable and thread safe. The default is embedded (<c>Offenders/Tables/offence-groups-2026.csv</c>); a force loads
/// its own with <see cref="Parse"/>. Header <c>code,group,mopi,description</c>.
/// </remarks>
public sealed class OffenceGroupTable
{
    private readonly FrozenDictionary<string, OffenceClass> _byCode;
    private readonly OffenceClass _fallback;

    private OffenceGroupTable(string name, string version, string source, FrozenDictionary<string, OffenceClass> byCode, OffenceClass fallback)
    {
        Name = name;
        Version = version;
        Source = source;
        _byCode = byCode;
        _fallback = fallback;
        Groups = byCode.Values.Select(c => c.Group).Append(fallback.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The default table: offence groups for violence against women and girls, and MoPI groups.</summary>
    public static OffenceGroupTable Default { get; } = LoadDefault();

    /// <summary>Human-readable name.</summary>
    public string Name { get; }

    /// <summary>Version, recorded with every score.</summary>
    public string Version { get; }

    /// <summary>Where the grouping comes from.</summary>
    public string Source { get; }

    /// <summary>Every group the table names, in order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The class of an offence code: exact, else its class's <c>NNN/*</c> row, else the <c>*</c> row.</summary>
    /// <param name="offenceCode">The code, e.g. <c>019/07</c>.</param>
    /// <returns>The group and MoPI group.</returns>
    public OffenceClass Classify(string offenceCode)
    {
        ArgumentNullException.ThrowIfNull(offenceCode);
        if (_byCode.TryGetValue(offenceCode, out OffenceClass exact))
        {
            return exact;
        }

        int slash = offenceCode.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && _byCode.TryGetValue(offenceCode[..(slash + 1)] + "*", out OffenceClass byClass) ? byClass : _fallback;
    }

    /// <summary>Parses a table; every code's MoPI group must be 1, 2 or 3, and a <c>*</c> row must be present.</summary>
    /// <param name="text">The table's text.</param>
    /// <param name="fileName">Named in error messages.</param>
    /// <returns>The table, or the first error with its line and field.</returns>
    public static TableParseResult<OffenceGroupTable> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        TableText? table = TableText.Read(text, fileName, "code,group,mopi,description", out var error);
        if (table is null)
        {
            return TableParseResult<OffenceGroupTable>.Fail(fileName, error!.Value.Line, error.Value.Field, error.Value.Reason); // set when null
        }

        var codes = new Dictionary<string, OffenceClass>(StringComparer.OrdinalIgnoreCase);
        OffenceClass? fallback = null;
        foreach ((int line, string[] f) in table.Rows)
        {
            if (f.Length < 3 || f[0].Length == 0)
            {
                return TableParseResult<OffenceGroupTable>.Fail(fileName, line, "code", "a row needs a code, a group and a MoPI group");
            }

            if (f[1].Length == 0 || f[1].Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
            {
                return TableParseResult<OffenceGroupTable>.Fail(fileName, line, "group", $"'{f[1]}' is not a group name (lower-case letters, digits and '-')");
            }

            if (!int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out int mopi) || mopi is < 1 or > 3)
            {
                return TableParseResult<OffenceGroupTable>.Fail(fileName, line, "mopi", $"'{f[2]}' is not a MoPI group (1, 2 or 3)");
            }

            var c = new OffenceClass(f[1], mopi, f.Length > 3 ? string.Join(", ", f[3..]) : f[1]);
            if (f[0] == "*")
            {
                fallback = c;
            }
            else if (!codes.TryAdd(f[0], c))
            {
                return TableParseResult<OffenceGroupTable>.Fail(fileName, line, "code", $"'{f[0]}' is listed twice");
            }
        }

        if (fallback is null)
        {
            return TableParseResult<OffenceGroupTable>.Fail(fileName, table.Rows.Count == 0 ? 1 : table.Rows[^1].Line, "code",
                "the table needs a '*' row: the group and MoPI group of any code it does not list");
        }

        return TableParseResult<OffenceGroupTable>.Ok(new OffenceGroupTable(table.Name, table.Version, table.Source,
            codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), fallback.Value));
    }

    private static OffenceGroupTable LoadDefault()
    {
        TableParseResult<OffenceGroupTable> result = Parse(TableText.Embedded("Lantern.Core.Offenders.Tables.offence-groups-2026.csv"), "offence-groups-2026.csv");
        return result.Table ?? throw new InvalidOperationException($"Embedded offence groups are invalid: {result.Error}");
    }
}
