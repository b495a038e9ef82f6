namespace Lantern.Data.Store.Offenders;

/// <summary>A supervisor's decision, kept with the score (run and person) it was made on.</summary>
internal sealed class StoredReview
{
    internal const string Columns = "id, run_id AS RunId, person_id AS PersonId, decision, reason, reviewer, decided_at AS DecidedAt";

    public long Id { get; init; }

    public long RunId { get; init; }

    public required string PersonId { get; init; }

    public required string Decision { get; init; }

    public required string Reason { get; init; }

    public required string Reviewer { get; init; }

    public required string DecidedAt { get; init; }
}
