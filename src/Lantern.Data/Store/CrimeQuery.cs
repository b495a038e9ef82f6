using System.Data;
using System.Globalization;
using Dapper;
using Lantern.Core.Crimes;
using Lantern.Core.Harm;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Store;

/// <summary>Loads crimes from the store into columns for the analytics.</summary>
internal static class CrimeQuery
{
    public static LoadedCrimes Load(LanternStore store, CrimeSelection filter, HarmTable harm)
    {
        var monthKinds = store.Connection.Query<(int Month, int Kind)>(
            "SELECT DISTINCT month, kind FROM crime WHERE force = @force AND month BETWEEN @from AND @to",
            new { force = filter.Force, from = filter.From.Index, to = filter.To.Index }).ToList();
        var exportMonths = monthKinds.Where(m => m.Kind == (int)SourceKind.ForceExport).Select(m => m.Month).ToHashSet();
        var sourceByMonth = new SortedDictionary<YearMonth, SourceKind>();
        foreach (var (month, _) in monthKinds)
        {
            sourceByMonth[YearMonth.FromIndex(month)] = exportMonths.Contains(month) ? SourceKind.ForceExport : SourceKind.Street;
        }

        var missing = new List<YearMonth>();
        for (YearMonth m = filter.From; m <= filter.To; m = m.PlusMonths(1))
        {
            if (!sourceByMonth.ContainsKey(m))
            {
                missing.Add(m);
            }
        }

        var builder = new CrimePointsBuilder(4096);
        long withoutLocation = 0;
        using IDataReader reader = store.Connection.ExecuteReader(
            "SELECT month, kind, easting, northing, category, offence_code, committed_from, committed_to FROM crime " +
            "WHERE force = @force AND month BETWEEN @from AND @to ORDER BY month, id",
            new { force = filter.Force, from = filter.From.Index, to = filter.To.Index });
        while (reader.Read())
        {
            int month = reader.GetInt32(0);
            int kind = reader.GetInt32(1);
            if ((kind == (int)SourceKind.ForceExport) != exportMonths.Contains(month))
            {
                continue;
            }

            var category = (CrimeCategory)reader.GetInt32(4);
            if (filter.Categories is { } wanted && !wanted.Contains(category))
            {
                continue;
            }

            if (reader.IsDBNull(2) || reader.IsDBNull(3))
            {
                withoutLocation++;
                continue;
            }

            string? code = reader.IsDBNull(5) ? null : reader.GetString(5);
            DateTime? from = reader.IsDBNull(6) ? null : ParseLocal(reader.GetString(6));
            DateTime? to = reader.IsDBNull(7) ? null : ParseLocal(reader.GetString(7));
            builder.Add(reader.GetDouble(2), reader.GetDouble(3), category, harm.WeightOf(category, code), YearMonth.FromIndex(month), from, to);
        }

        return new LoadedCrimes(builder.Build(), sourceByMonth, missing, withoutLocation);
    }

    /// <summary>The latest month the store holds for a force (any kind of crime data), or null.</summary>
    public static YearMonth? LatestMonth(LanternStore store, string force)
    {
        int? m = store.Connection.ExecuteScalar<int?>("SELECT max(month) FROM crime WHERE force = @force", new { force });
        return m is { } i ? YearMonth.FromIndex(i) : null;
    }

    /// <summary>The forces with crime data, most rows first.</summary>
    public static IReadOnlyList<string> Forces(LanternStore store) =>
        store.Connection.Query<string>("SELECT force FROM crime GROUP BY force ORDER BY count(*) DESC").AsList();

    private static DateTime ParseLocal(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
