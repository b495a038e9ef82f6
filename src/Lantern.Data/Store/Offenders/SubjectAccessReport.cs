namespace Lantern.Data.Store.Offenders;

/// <summary>Everything held about one person id, and every disclosure of it (DPA 2018 Part 3, right of access).</summary>
internal sealed record SubjectAccessReport(string PersonId, StoredPerson? Person, IReadOnlyList<StoredOffenderRecord> Records,
    IReadOnlyList<StoredOffenderRecord> NamedAsVictim, IReadOnlyList<StoredScore> Scores, IReadOnlyList<StoredReview> Reviews, string? ManagedSince,
    IReadOnlyList<StoredExport> Disclosures)
{
    /// <summary>Whether anything at all is held.</summary>
    public bool HoldsAnything => Person is not null || NamedAsVictim.Count > 0;
}
