using Lantern.Data.Formats;

namespace Lantern.Data.Import;

/// <summary>What importing one file did. Counts satisfy read = imported + updated + present + rejected.</summary>
internal sealed record FileImportResult
{
    public required string Name { get; init; }

    public SourceKind? Kind { get; init; }

    /// <summary>The force the file's name gives (data.police.uk's <c>YYYY-MM-force-kind.csv</c>), or VPD's; null for none.</summary>
    public string? Force { get; init; }

    /// <summary>
    /// The forces the file's rows were imported for (kept: imported, updated or already present), in slug order. Empty when
    /// no row was kept, or for a file imported again that was first imported before Lantern recorded them.
    /// </summary>
    public IReadOnlyList<string> Forces { get; init; } = [];

    public long RowsRead { get; init; }

    public long RowsImported { get; init; }

    /// <summary>Rows already in the store (this file imported before, or the same rows from another file).</summary>
    public long RowsPresent { get; init; }

    /// <summary>Force-export crimes that replaced an earlier version of themselves (same crime reference).</summary>
    public long RowsUpdated { get; init; }

    public long RowsRejected { get; init; }

    /// <summary>Rejected rows counted by field and reason.</summary>
    public IReadOnlyDictionary<string, long> RejectsByReason { get; init; } = new Dictionary<string, long>();

    /// <summary>Rows kept with something their format says about them (VPD's withheld locations, times not known), counted by what.</summary>
    public IReadOnlyDictionary<string, long> Notes { get; init; } = new Dictionary<string, long>();

    /// <summary>The EPSG code of the projected system the file's records are held in (27700, British National Grid, unless said).</summary>
    public int Epsg { get; init; } = 27700;

    /// <summary>When the same bytes were imported before: when that was. Nothing was written this time.</summary>
    public DateTime? PreviouslyImportedAt { get; init; }

    /// <summary>The file could not be read at all: nothing was written.</summary>
    public FileError? Error { get; init; }

    public bool Failed => Error is not null;
}
