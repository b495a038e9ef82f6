namespace Lantern.Data.Store.Offenders;

/// <summary>A record as stored (date yyyy-MM-dd, category and role as numbers).</summary>
internal sealed class StoredOffenderRecord
{
    internal const string Columns =
        "person_id AS PersonId, reference, date, offence_code AS OffenceCode, category, role, domestic, victim_id AS VictimId, outcome";

    public required string PersonId { get; init; }

    public required string Reference { get; init; }

    public required string Date { get; init; }

    public required string OffenceCode { get; init; }

    public long Category { get; init; }

    public long Role { get; init; }

    public bool Domestic { get; init; }

    public string? VictimId { get; init; }

    public string? Outcome { get; init; }
}
