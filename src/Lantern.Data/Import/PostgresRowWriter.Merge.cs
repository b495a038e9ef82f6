using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Lantern.Data.Import;

/// <summary>The merge: from the staging table into the store, with the SQLite writer's rules and counts.</summary>
internal sealed partial class PostgresRowWriter
{
    /// <summary>
    /// Ends the COPY and stores the staged rows: labels first (the strings the store lacks, in the order the file
    /// first used them, as SQLite numbers them), then rejects, then the rows, in file order, skipping those already
    /// held. <c>NOT EXISTS</c> before <c>ON CONFLICT</c> keeps known strings from using up identity values.
    /// </summary>
    public override void Complete()
    {
        NpgsqlBinaryImporter copy = Copy;
        copy.Complete();
        copy.Dispose();
        _copy = null;
        using (NpgsqlBinaryImporter labels = _connection.BeginBinaryImport("COPY stage_label (n, text) FROM STDIN (FORMAT BINARY)"))
        {
            for (int n = 0; n < _labelTexts.Count; n++)
            {
                labels.StartRow();
                labels.Write(n, NpgsqlDbType.Integer);
                labels.Write(_labelTexts[n], NpgsqlDbType.Text);
            }

            labels.Complete();
        }

        _connection.Execute(
            """
            INSERT INTO label (text) SELECT s.text FROM stage_label s WHERE NOT EXISTS (SELECT 1 FROM label l WHERE l.text = s.text)
              ORDER BY s.n ON CONFLICT (text) DO NOTHING;
            UPDATE stage_label s SET id = l.id FROM label l WHERE l.text = s.text;
            INSERT INTO reject (source_file_id, line, field, reason, raw)
              SELECT @file, line, field, reason, raw FROM stage WHERE row_key IS NULL ORDER BY line;
            """,
            new { file = _fileId });

        Versions versions = _versioned > 0 ? ReplaceEarlierVersions() : default;
        long plainInserted = _connection.Execute(InsertSql(versioned: _versioned > 0), new { file = _fileId }) - versions.Inserted;
        Imported = plainInserted + versions.Imported;
        Present = _rows - _versioned - plainInserted + versions.Present;
        Updated = versions.Updated;
    }

    /// <summary>
    /// The force-export rule as a set. Row by row (SQLite), each version of a crime deletes the version held before it
    /// and is counted "updated"; the first version in the file is instead "imported" when the store held none, and
    /// "already present" when the store held that very row. The store ends with the file's last version. So: count
    /// each crime's versions against what the store holds, delete what the store holds (unless it is the file's only
    /// version, unchanged), and insert only each crime's last version (which then always goes in, but in that case).
    /// </summary>
    private Versions ReplaceEarlierVersions() =>
        _connection.QuerySingle<Versions>(
            $"""
            CREATE TEMP TABLE stage_version ON COMMIT DROP AS
              SELECT force, {Reference} AS reference, count(*) AS n, min(line) AS first_line, max(line) AS last_line
              FROM stage s WHERE {Versioned("s")} GROUP BY force, {Reference};
            CREATE TEMP TABLE held_version ON COMMIT DROP AS
              SELECT g.force, g.reference, g.n, f.row_key AS first_key, e.id, e.row_key AS held_key
              FROM stage_version g JOIN stage f ON f.line = g.first_line
              LEFT JOIN {_table} e ON {Versioned("e")} AND e.force = g.force AND e.{Reference} = g.reference;
            DELETE FROM {_table} e USING held_version h WHERE e.id = h.id AND NOT (h.n = 1 AND h.held_key = h.first_key);
            SELECT count(*) FILTER (WHERE id IS NULL) AS imported,
                   count(*) FILTER (WHERE held_key = first_key) AS present,
                   count(*) FILTER (WHERE held_key <> first_key) + coalesce(sum(n - 1), 0)::bigint AS updated,
                   count(*) FILTER (WHERE id IS NULL OR n > 1 OR held_key <> first_key) AS inserted
            FROM held_version;
            """);
    /// <summary>
    /// The insert from the staging table, label numbers mapped to ids, in file order; rows held already are skipped.
    /// With <paramref name="versioned"/>, only each crime's last version in the file is inserted.
    /// </summary>
    private string InsertSql(bool versioned)
    {
        var select = new List<string>();
        var joins = new List<string>();
        foreach (string column in _columns)
        {
            if (column == "source_file_id")
            {
                select.Add("@file");
            }
            else if (column.EndsWith("_label", StringComparison.Ordinal))
            {
                string alias = "l" + joins.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                joins.Add($"LEFT JOIN stage_label {alias} ON {alias}.n = s.{column}");
                select.Add($"{alias}.id");
            }
            else
            {
                select.Add("s." + column);
            }
        }

        return $"""
            INSERT INTO {_table} ({string.Join(", ", _columns)})
            SELECT {string.Join(", ", select)}
            FROM stage s {string.Join(" ", joins)}
            {(versioned ? $"LEFT JOIN stage_version g ON {Versioned("s")} AND g.force = s.force AND g.reference = s.{Reference}" : string.Empty)}
            WHERE s.row_key IS NOT NULL{(versioned ? " AND (g.last_line IS NULL OR g.last_line = s.line)" : string.Empty)}
            ORDER BY s.line
            ON CONFLICT (force, month, row_key) DO NOTHING
            """;
    }

    /// <summary>The column that names a versioned row: a crime export's crime reference, a search export's search reference.</summary>
    private string Reference => _table == "crime" ? "crime_id" : "search_id";

    /// <summary>Whether a row of <paramref name="alias"/> is versioned: a force-export crime, or a search with a reference.</summary>
    private string Versioned(string alias) => _table == "crime" ? $"{alias}.kind = 4 AND {alias}.crime_id IS NOT NULL" : $"{alias}.search_id IS NOT NULL";

    /// <summary>What the force-export rule did to a file's versioned crimes, and how many of them the insert then adds.</summary>
    private readonly record struct Versions(long Imported, long Present, long Updated, long Inserted);
}
