using System.Globalization;
using Dapper;
using Lantern.Core.StopSearch;
using Lantern.Data.Formats.Population;

namespace Lantern.Data.Store;

/// <summary>
/// Finds the census denominators of an area: its own row when a file gave one, else the sum of its parts through the
/// imported lookups (a borough from its MSOAs, a force from its boroughs), used only when every part has counts.
/// </summary>
internal static class PopulationQuery
{
    private const string Columns =
        "CAST(coalesce(sum(p.white), 0) AS bigint), CAST(coalesce(sum(p.black), 0) AS bigint), CAST(coalesce(sum(p.asian), 0) AS bigint), " +
        "CAST(coalesce(sum(p.mixed), 0) AS bigint), CAST(coalesce(sum(p.other), 0) AS bigint)";

    /// <summary>The census name as people read it.</summary>
    public static string Describe(string census) => census == PopulationFileReader.Census2021 ? "Census 2021" : "Census 2011";

    /// <summary>
    /// The residents of an area from the census asked for, or else the newest census that has them; null with the
    /// reason for each census tried when none has.
    /// </summary>
    public static (AreaResidents? Residents, IReadOnlyList<string> Reasons) Find(LanternStore store, string level, string code, string? census)
    {
        var reasons = new List<string>();
        foreach (string c in census is null ? PopulationFileReader.Censuses : [census])
        {
            AreaResidents? found = Direct(store, c, level, code) ?? level switch
            {
                "borough" => FromMsoas(store, c, code, reasons),
                "force" => FromBoroughs(store, c, code, reasons),
                _ => Missing(reasons, $"{Describe(c)}: no counts for {level} {code}"),
            };
            if (found is not null)
            {
                return (found, reasons);
            }
        }

        return (null, reasons);
    }

    /// <summary>Census counts held, by census and level: areas and residents.</summary>
    public static IReadOnlyList<(string Census, string Level, long Areas, long Residents)> Counts(LanternStore store) =>
        store.Connection.Query<(string, string, long, long)>(
            "SELECT census, level, count(*), CAST(sum(all_residents) AS bigint) FROM population GROUP BY census, level ORDER BY census DESC, level").AsList();

    /// <summary>Lookups held: areas linked from one level to another, and how many larger areas they make.</summary>
    public static IReadOnlyList<(string Level, string ParentLevel, long Areas, long Parents)> Lookups(LanternStore store) =>
        store.Connection.Query<(string, string, long, long)>(
            "SELECT level, parent_level, count(*), count(DISTINCT parent_code) FROM area_parent GROUP BY level, parent_level ORDER BY level DESC").AsList();

    /// <summary>Every force with census counts of its own or boroughs linked to it.</summary>
    public static IReadOnlyList<string> Forces(LanternStore store) =>
        store.Connection.Query<string>(
            "SELECT code FROM population WHERE level = 'force' UNION SELECT parent_code FROM area_parent WHERE parent_level = 'force' ORDER BY 1").AsList();

    /// <summary>Every borough with census counts of its own or MSOAs linked to it, with its name when a file gave one.</summary>
    public static IReadOnlyList<(string Code, string? Name)> Boroughs(LanternStore store) =>
        store.Connection.Query<(string, string?)>(
            "SELECT code, max(name) FROM (SELECT code, name FROM population WHERE level = 'borough' " +
            "UNION ALL SELECT parent_code, parent_name FROM area_parent WHERE parent_level = 'borough') b GROUP BY code ORDER BY 1").AsList();

    private static AreaResidents? Direct(LanternStore store, string census, string level, string code)
    {
        var row = store.Connection.QueryFirstOrDefault<(string? Name, long White, long Black, long Asian, long Mixed, long Other)?>(
            "SELECT name, white, black, asian, mixed, other FROM population WHERE census = @census AND level = @level AND code = @code",
            new { census, level, code });
        return row is { } r
            ? new AreaResidents(census, level, code, r.Name, new EthnicGroupCounts(r.White, r.Black, r.Asian, r.Mixed, r.Other), $"{Describe(census)}, as imported")
            : null;
    }

    private static AreaResidents? FromMsoas(LanternStore store, string census, string borough, List<string> reasons)
    {
        var r = store.Connection.QuerySingle<(long Linked, long Present, string? Name, long White, long Black, long Asian, long Mixed, long Other)>(
            $"SELECT count(*), count(p.code), max(l.parent_name), {Columns} FROM area_parent l " +
            "LEFT JOIN population p ON p.census = @census AND p.level = 'msoa' AND p.code = l.code " +
            "WHERE l.level = 'msoa' AND l.parent_level = 'borough' AND l.parent_code = @borough",
            new { census, borough });
        if (r.Linked == 0)
        {
            return Missing(reasons, $"{Describe(census)}: no counts for borough {borough}, and no MSOAs of it to sum (import an MSOA to borough lookup)");
        }

        if (r.Present < r.Linked)
        {
            return Missing(reasons, string.Create(CultureInfo.InvariantCulture,
                $"{Describe(census)}: only {r.Present} of the {r.Linked} MSOAs of borough {borough} have counts (import the MSOA table)"));
        }

        return new AreaResidents(census, "borough", borough, r.Name, new EthnicGroupCounts(r.White, r.Black, r.Asian, r.Mixed, r.Other),
            string.Create(CultureInfo.InvariantCulture, $"{Describe(census)}, summed from its {Count(r.Linked, "MSOA")}"));
    }

    private static AreaResidents? FromBoroughs(LanternStore store, string census, string force, List<string> reasons)
    {
        List<string> boroughs = store.Connection.Query<string>(
            "SELECT code FROM area_parent WHERE level = 'borough' AND parent_level = 'force' AND parent_code = @force ORDER BY code", new { force }).AsList();
        if (boroughs.Count == 0)
        {
            return Missing(reasons, $"{Describe(census)}: no counts for force {force}, and no boroughs of it to sum (import a borough to force lookup)");
        }

        var sum = new EthnicGroupCounts(0, 0, 0, 0, 0);
        var without = new List<string>();
        var quiet = new List<string>();
        foreach (string b in boroughs)
        {
            if ((Direct(store, census, "borough", b) ?? FromMsoas(store, census, b, quiet)) is { } part)
            {
                sum += part.Groups;
            }
            else
            {
                without.Add(b);
            }
        }

        if (without.Count > 0)
        {
            string list = string.Join(", ", without.Take(5)) + (without.Count > 5 ? ", ..." : string.Empty);
            return Missing(reasons, string.Create(CultureInfo.InvariantCulture,
                $"{Describe(census)}: {without.Count} of the {boroughs.Count} boroughs of force {force} have no counts ({list})"));
        }

        return new AreaResidents(census, "force", force, null, sum,
            string.Create(CultureInfo.InvariantCulture, $"{Describe(census)}, summed from its {Count(boroughs.Count, "borough")}"));
    }

    private static string Count(long n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? string.Empty : "s")}");

    private static AreaResidents? Missing(List<string> reasons, string reason)
    {
        reasons.Add(reason);
        return null;
    }
}
