using Dapper;

namespace Lantern.Data.Store;

/// <summary>
/// Patrol dosage: an officer's visit to a published place, tapped at the place ("arrived", then "left") or entered
/// afterwards with both times. <see cref="PublicationId"/> and <see cref="Rank"/> are where it was recorded (the version of
/// the day's list the officer tapped on); <see cref="Cell"/> is the place, which every version of that day's list shares.
/// </summary>
internal sealed record PatrolVisit(long Id, long PublicationId, long Rank, string Cell, string Officer, string ArrivedAt, string? LeftAt,
    long EnteredAfter, string RecordedAt)
{
    private const string Columns =
        "v.id, v.publication_id AS PublicationId, v.rank, vp.cell, v.officer, v.arrived_at AS ArrivedAt, v.left_at AS LeftAt, " +
        "v.entered_after AS EnteredAfter, v.recorded_at AS RecordedAt";

    // Dosage is about places on a day, not about one version of a day's list. Publishing the day's list again makes a new
    // version (the same places, perhaps in another order), and officers then see only that one; visits recorded on the
    // version before must still count, and an officer who tapped "arrived" on it must be able to tap "left" on the new one.
    // So a visit stays where it was recorded (publication_id, rank: no row is moved or copied, and a place a later version
    // drops keeps its visits on the versions that had it), and the visits to a publication's places are found through
    // every version of the same force's list for the same day, by the place's cell: its identity across versions, where a
    // rank is not (ranks change when places are added, suppressed or re-ranked; a cell's name carries its size, so a list
    // of another cell size shares no place with it). A list holds a cell once (adding a listed place is refused).
    private const string ToPlacesOfTheDay =
        "FROM tasking_publication asked " +
        "JOIN tasking_publication_place ap ON ap.publication_id = asked.id " +
        "JOIN tasking_publication same_day ON same_day.force = asked.force AND same_day.day = asked.day " +
        "JOIN tasking_publication_place vp ON vp.publication_id = same_day.id AND vp.cell = ap.cell " +
        "JOIN patrol_visit v ON v.publication_id = vp.publication_id AND v.rank = vp.rank " +
        "WHERE asked.id = @publicationId";

    /// <summary>
    /// Records the officer's arrival at the place, unless they already have a visit to it that day (on any version of the
    /// day's list) that is open or ends after <paramref name="at"/>.
    /// </summary>
    /// <returns>Null when recorded; otherwise that visit, and nothing is recorded.</returns>
    public static PatrolVisit? Arrive(LanternStore store, long publicationId, long rank, string officer, DateTimeOffset at) =>
        RecordUnlessOverlapping(store, publicationId, rank, officer, at, null, at);

    /// <summary>
    /// Closes the officer's open visit to the place, recorded on this version of the day's list or an earlier one. False
    /// when they have none open.
    /// </summary>
    public static bool Leave(LanternStore store, long publicationId, long rank, string officer, DateTimeOffset at) =>
        store.Connection.Execute(
            $"UPDATE patrol_visit SET left_at = @at WHERE id = (SELECT v.id {ToPlacesOfTheDay} AND ap.rank = @rank AND v.officer = @officer " +
            "AND v.left_at IS NULL ORDER BY v.id DESC LIMIT 1)",
            new { publicationId, rank, officer, at = Account.Iso(at) }) == 1;

    /// <summary>
    /// Records a visit entered afterwards, unless it overlaps a visit the officer already has to the place that day (on any
    /// version of the day's list; an open one from its arrival on).
    /// </summary>
    /// <returns>Null when recorded; otherwise the earliest visit it overlaps, and nothing is recorded.</returns>
    public static PatrolVisit? Enter(LanternStore store, long publicationId, long rank, string officer, DateTimeOffset arrived, DateTimeOffset left,
        DateTimeOffset now) =>
        RecordUnlessOverlapping(store, publicationId, rank, officer, arrived, left, now);

    /// <summary>
    /// The visits to the publication's places on its day, whichever version of the force's list for that day they were
    /// recorded on, in order of arrival. Match them to the publication's places by <see cref="Cell"/>.
    /// </summary>
    public static IReadOnlyList<PatrolVisit> ForPublication(LanternStore store, long publicationId) =>
        store.Connection.Query<PatrolVisit>($"SELECT {Columns} {ToPlacesOfTheDay} ORDER BY v.arrived_at, v.id", new { publicationId }).AsList();

    /// <summary>Minutes on the place; an open visit (no "left" yet) counts nothing until it is closed.</summary>
    public double Minutes => LeftAt is null ? 0 : Math.Max(0, (Parse(LeftAt) - Parse(ArrivedAt)).TotalMinutes);

    // A tapped visit is open (left null) and overlaps every visit not closed before it began; the check and the insert are
    // one transaction, so two taps at once cannot both find the place free.
    private static PatrolVisit? RecordUnlessOverlapping(LanternStore store, long publicationId, long rank, string officer, DateTimeOffset arrived,
        DateTimeOffset? left, DateTimeOffset now)
    {
        using var tx = store.BeginTransaction();
        store.LockForWriting(tx, "patrol_visit"); // the officer's visits are read, then written
        var visit = new
        {
            publicationId, rank, officer, arrived = Account.Iso(arrived), left = left is { } l ? Account.Iso(l) : null,
            enteredAfter = left is null ? 0 : 1, now = Account.Iso(now),
        };
        PatrolVisit? overlapped = store.Connection.QueryFirstOrDefault<PatrolVisit>(
            $"SELECT {Columns} {ToPlacesOfTheDay} AND ap.rank = @rank AND v.officer = @officer AND (v.left_at IS NULL OR v.left_at > @arrived) " +
            "AND (@left IS NULL OR v.arrived_at < @left) ORDER BY v.arrived_at, v.id LIMIT 1", visit, tx);
        if (overlapped is null)
        {
            store.InsertReturningId(
                "INSERT INTO patrol_visit (publication_id, rank, officer, arrived_at, left_at, entered_after, recorded_at) " +
                "VALUES (@publicationId, @rank, @officer, @arrived, @left, @enteredAfter, @now) RETURNING id", visit, tx);
            tx.Commit();
        }

        return overlapped;
    }

    private static DateTimeOffset Parse(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
