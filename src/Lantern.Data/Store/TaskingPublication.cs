using Dapper;

namespace Lantern.Data.Store;

/// <summary>
/// A day's published tasking: the versioned record of who published which run's places, when, with which parameters.
/// Publishing the same force and day again makes the next version; officers see the newest.
/// </summary>
internal sealed record TaskingPublication(long Id, string Force, string Day, long Version, long RunId, long CellSize, string PublishedBy,
    string PublishedAt, string Parameters, string? Note)
{
    private const string Columns =
        "id, force, day, version, run_id AS RunId, cell_size AS CellSize, published_by AS PublishedBy, published_at AS PublishedAt, parameters, note";

    private const string PlaceColumns =
        "publication_id AS PublicationId, rank, cell, cell_column AS CellColumn, cell_row AS CellRow, easting, northing, latitude, longitude, " +
        "area_code AS AreaCode, harm, crimes, planned_visits AS PlannedVisits, visit_minutes AS VisitMinutes, visit_times AS VisitTimes, reason";

    /// <summary>
    /// Publishes <paramref name="places"/> as the next version for the force and day, in one transaction, audited with
    /// <paramref name="client"/> (the address the publication came from, as every other web action is).
    /// </summary>
    public static TaskingPublication Publish(LanternStore store, string force, DateOnly day, long runId, int cellSize, string by, DateTimeOffset at,
        string parameters, string? note, IReadOnlyList<PublishedPlace> places, string? client = null)
    {
        using var tx = store.BeginTransaction();
        store.LockForWriting(tx, "tasking_publication"); // the next version is read, then written
        string dayText = DayText(day);
        long version = store.Connection.ExecuteScalar<long>(
            "SELECT coalesce(max(version), 0) + 1 FROM tasking_publication WHERE force = @force AND day = @dayText", new { force, dayText }, tx);
        string when = Account.Iso(at);
        long id = store.InsertReturningId(
            "INSERT INTO tasking_publication (force, day, version, run_id, cell_size, published_by, published_at, parameters, note) " +
            "VALUES (@force, @dayText, @version, @runId, @cellSize, @by, @when, @parameters, @note) RETURNING id",
            new { force, dayText, version, runId, cellSize, by, when, parameters, note }, tx);
        foreach (PublishedPlace p in places)
        {
            store.Connection.Execute(
                "INSERT INTO tasking_publication_place (publication_id, rank, cell, cell_column, cell_row, easting, northing, latitude, longitude, " +
                "area_code, harm, crimes, planned_visits, visit_minutes, visit_times, reason) VALUES (@id, @Rank, @Cell, @CellColumn, @CellRow, " +
                "@Easting, @Northing, @Latitude, @Longitude, @AreaCode, @Harm, @Crimes, @PlannedVisits, @VisitMinutes, @VisitTimes, @Reason)",
                new { id, p.Rank, p.Cell, p.CellColumn, p.CellRow, p.Easting, p.Northing, p.Latitude, p.Longitude, p.AreaCode, p.Harm, p.Crimes,
                    p.PlannedVisits, p.VisitMinutes, p.VisitTimes, p.Reason }, tx);
        }

        AuditEntry.Append(store, at, by, "publish-tasking", $"{force} {dayText} v{version}", detail: $"{{\"publication\":{id},\"run\":{runId},\"places\":{places.Count}}}",
            client: client, transaction: tx);
        tx.Commit();
        return new TaskingPublication(id, force, dayText, version, runId, cellSize, by, when, parameters, note);
    }

    public static TaskingPublication? Find(LanternStore store, long id) =>
        store.Connection.QueryFirstOrDefault<TaskingPublication>($"SELECT {Columns} FROM tasking_publication WHERE id = @id", new { id });

    /// <summary>The newest version published for the force and day, or null.</summary>
    public static TaskingPublication? Latest(LanternStore store, string force, DateOnly day) =>
        store.Connection.QueryFirstOrDefault<TaskingPublication>(
            $"SELECT {Columns} FROM tasking_publication WHERE force = @force AND day = @day ORDER BY version DESC LIMIT 1", new { force, day = DayText(day) });

    public static IReadOnlyList<TaskingPublication> List(LanternStore store, string? force, int limit) =>
        store.Connection.Query<TaskingPublication>(
            $"SELECT {Columns} FROM tasking_publication WHERE (@force IS NULL OR force = @force) ORDER BY day DESC, version DESC LIMIT @limit",
            new { force, limit }).AsList();

    public static IReadOnlyList<PublishedPlace> Places(LanternStore store, long publicationId) =>
        store.Connection.Query<PublishedPlace>(
            $"SELECT {PlaceColumns} FROM tasking_publication_place WHERE publication_id = @publicationId ORDER BY rank", new { publicationId }).AsList();

    public static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
