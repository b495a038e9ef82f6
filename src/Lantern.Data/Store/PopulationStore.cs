using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Lantern.Data.Formats.Population;

namespace Lantern.Data.Store;

/// <summary>
/// Census denominators and area lookups in the store: a file is imported whole or not at all, the same bytes twice
/// change nothing, and a newer file of the same census and areas replaces the counts it changes.
/// </summary>
internal static class PopulationStore
{
    /// <summary>The store's name of each kind of file.</summary>
    public static string KindName(PopulationFileKind kind) => kind switch
    {
        PopulationFileKind.AreaCensus => "area-census",
        PopulationFileKind.ForceCensus => "force-census",
        PopulationFileKind.MsoaToBorough => "msoa-to-borough",
        PopulationFileKind.BoroughToForce => "borough-to-force",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Stores a file that was read without errors, in one transaction.</summary>
    public static PopulationImportResult Import(LanternStore store, PopulationFile file, byte[] bytes, string lanternVersion, TimeProvider time)
    {
        if (!file.IsSuccess)
        {
            throw new InvalidOperationException("Only a file read without errors is imported.");
        }

        PopulationFileKind kind = file.Kind!.Value; // IsSuccess: the kind is known
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        PopulationImportResult sameFile = new(kind, file.Census, 0, 0, file.Rows.Count + file.Links.Count, SameFileBefore: true);
        if (store.Connection.ExecuteScalar<long>("SELECT count(*) FROM population_file WHERE sha256 = @sha", new { sha }) > 0)
        {
            return sameFile;
        }

        using DbTransaction tx = store.BeginTransaction();
        // Another import may have committed the same bytes since the look-up: then nothing is inserted (PostgreSQL waits
        // for one still under way), and the file is the same file as before rather than a failure on the unique key.
        long? inserted = store.InsertReturningIdUnlessPresent(
            "INSERT INTO population_file (name, sha256, kind, census, row_count, imported_at, lantern_version) " +
            "VALUES (@name, @sha, @kind, @census, @count, @at, @lanternVersion) ON CONFLICT (sha256) DO NOTHING RETURNING id",
            new
            {
                name = file.File,
                sha,
                kind = KindName(kind),
                census = file.Census,
                count = (long)(file.Rows.Count + file.Links.Count),
                at = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                lanternVersion,
            }, tx);
        if (inserted is not { } fileId)
        {
            return sameFile;
        }

        (int added, int updated, int unchanged) = file.Rows.Count > 0 ? StoreCounts(store, file, fileId, tx) : StoreLinks(store, file, fileId, tx);
        tx.Commit();
        return new PopulationImportResult(kind, file.Census, added, updated, unchanged, SameFileBefore: false);
    }

    private static (int Added, int Updated, int Unchanged) StoreCounts(LanternStore store, PopulationFile file, long fileId, DbTransaction tx)
    {
        var existing = store.Connection.Query<(string Level, string Code, string? Name, long All, long White, long Black, long Asian, long Mixed, long Other)>(
                "SELECT level, code, name, all_residents, white, black, asian, mixed, other FROM population WHERE census = @census", new { census = file.Census }, tx)
            .ToDictionary(r => (r.Level, r.Code));
        int added = 0, updated = 0, unchanged = 0;
        foreach (CensusRow r in file.Rows)
        {
            var row = new
            {
                fileId,
                census = file.Census,
                level = r.Level,
                code = r.Code,
                name = r.Name,
                all = r.AllResidents,
                white = r.Groups.White,
                black = r.Groups.Black,
                asian = r.Groups.Asian,
                mixed = r.Groups.Mixed,
                other = r.Groups.Other,
            };
            if (!existing.TryGetValue((r.Level, r.Code), out var old))
            {
                store.Connection.Execute(
                    "INSERT INTO population (population_file_id, census, level, code, name, all_residents, white, black, asian, mixed, other) " +
                    "VALUES (@fileId, @census, @level, @code, @name, @all, @white, @black, @asian, @mixed, @other)", row, tx);
                added++;
            }
            else if (old != (r.Level, r.Code, r.Name, r.AllResidents, r.Groups.White, r.Groups.Black, r.Groups.Asian, r.Groups.Mixed, r.Groups.Other))
            {
                store.Connection.Execute(
                    "UPDATE population SET population_file_id = @fileId, name = @name, all_residents = @all, white = @white, black = @black, " +
                    "asian = @asian, mixed = @mixed, other = @other WHERE census = @census AND level = @level AND code = @code", row, tx);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return (added, updated, unchanged);
    }

    private static (int Added, int Updated, int Unchanged) StoreLinks(LanternStore store, PopulationFile file, long fileId, DbTransaction tx)
    {
        string level = file.Links[0].Level;
        var existing = store.Connection.Query<(string Code, string ParentCode, string? ParentName)>(
                "SELECT code, parent_code, parent_name FROM area_parent WHERE level = @level", new { level }, tx)
            .ToDictionary(r => r.Code, StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0;
        foreach (AreaLink l in file.Links)
        {
            var row = new { fileId, level = l.Level, code = l.Code, parentLevel = l.ParentLevel, parentCode = l.ParentCode, parentName = l.ParentName };
            if (!existing.TryGetValue(l.Code, out var old))
            {
                store.Connection.Execute(
                    "INSERT INTO area_parent (population_file_id, level, code, parent_level, parent_code, parent_name) " +
                    "VALUES (@fileId, @level, @code, @parentLevel, @parentCode, @parentName)", row, tx);
                added++;
            }
            else if (old != (l.Code, l.ParentCode, l.ParentName))
            {
                store.Connection.Execute(
                    "UPDATE area_parent SET population_file_id = @fileId, parent_code = @parentCode, parent_name = @parentName " +
                    "WHERE level = @level AND code = @code AND parent_level = @parentLevel", row, tx);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return (added, updated, unchanged);
    }
}
