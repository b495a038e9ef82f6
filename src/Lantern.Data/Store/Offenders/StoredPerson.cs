namespace Lantern.Data.Store.Offenders;

/// <summary>A person as stored: the wanted flag and, for fairness audits only, sex, age band and ethnicity.</summary>
internal sealed class StoredPerson
{
    internal const string Columns = "person_id AS PersonId, wanted, sex, age_band AS AgeBand, ethnicity, updated_at AS UpdatedAt";

    public required string PersonId { get; init; }

    public bool Wanted { get; init; }

    public required string Sex { get; init; }

    public required string AgeBand { get; init; }

    public required string Ethnicity { get; init; }

    public required string UpdatedAt { get; init; }
}
