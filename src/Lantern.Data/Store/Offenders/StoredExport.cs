namespace Lantern.Data.Store.Offenders;

/// <summary>An export of person-level data: a disclosure, with its recipient, justification and handling marking.</summary>
internal sealed class StoredExport
{
    internal const string Columns = "id, what, recipient, justification, marking, exported_by AS ExportedBy, exported_at AS ExportedAt";

    public long Id { get; init; }

    public required string What { get; init; }

    public required string Recipient { get; init; }

    public required string Justification { get; init; }

    public required string Marking { get; init; }

    public required string ExportedBy { get; init; }

    public required string ExportedAt { get; init; }
}
