using Dapper;

namespace Lantern.Data.Store;

/// <summary>
/// Patrol dosage: an officer's visit to a published place, tapped at the place ("arrived", then "left") or entered
/// afterwards with both times.
/// </summary>
internal sealed record PatrolVisit(long Id, long PublicationId, long Rank, string Officer, string ArrivedAt, string? LeftAt, long EnteredAfter,
    string RecordedAt)
{
    private const string Columns =
        "id, publication_id AS PublicationId, rank, officer, arrived_at AS ArrivedAt, left_at AS LeftAt, entered_after AS EnteredAfter, " +
        "recorded_at AS RecordedAt";

    public static long Arrive(LanternStore store, long publicationId, long rank, string officer, DateTimeOffset at) =>
        store.InsertReturningId(
            "INSERT INTO patrol_visit (publication_id, rank, officer, arrived_at, entered_after, recorded_at) " +
            "VALUES (@publicationId, @rank, @officer, @at, 0, @at) RETURNING id",
            new { publicationId, rank, officer, at = Account.Iso(at) });

    /// <summary>Closes the officer's open visit to the place. False when they have none open.</summary>
    public static bool Leave(LanternStore store, long publicationId, long rank, string officer, DateTimeOffset at) =>
        store.Connection.Execute(
            "UPDATE patrol_visit SET left_at = @at WHERE id = (SELECT id FROM patrol_visit WHERE publication_id = @publicationId AND rank = @rank " +
            "AND officer = @officer AND left_at IS NULL ORDER BY id DESC LIMIT 1)",
            new { publicationId, rank, officer, at = Account.Iso(at) }) == 1;

    public static long Enter(LanternStore store, long publicationId, long rank, string officer, DateTimeOffset arrived, DateTimeOffset left, DateTimeOffset now) =>
        store.InsertReturningId(
            "INSERT INTO patrol_visit (publication_id, rank, officer, arrived_at, left_at, entered_after, recorded_at) " +
            "VALUES (@publicationId, @rank, @officer, @arrived, @left, 1, @now) RETURNING id",
            new { publicationId, rank, officer, arrived = Account.Iso(arrived), left = Account.Iso(left), now = Account.Iso(now) });

    public static IReadOnlyList<PatrolVisit> ForPublication(LanternStore store, long publicationId) =>
        store.Connection.Query<PatrolVisit>($"SELECT {Columns} FROM patrol_visit WHERE publication_id = @publicationId ORDER BY rank, id",
            new { publicationId }).AsList();

    /// <summary>Minutes on the place; an open visit (no "left" yet) counts nothing until it is closed.</summary>
    public double Minutes => LeftAt is null ? 0 : Math.Max(0, (Parse(LeftAt) - Parse(ArrivedAt)).TotalMinutes);

    private static DateTimeOffset Parse(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
