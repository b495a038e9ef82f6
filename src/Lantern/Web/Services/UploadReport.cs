using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// The import report of one upload: per file the CLI's counts and line, the rows rejected, and the files in a .zip that
/// were not read (not .csv or .zip; named within the upload, with the CLI's line).
/// </summary>
internal sealed record UploadReport(string Upload, IReadOnlyList<UploadFileReport> Files, IReadOnlyList<RejectRow> Rejects,
    IReadOnlyList<UploadSkippedReport> Skipped)
{
    /// <summary>For a boundary file (GeoJSON): the line 'lantern areas import' prints; null for police data.</summary>
    public string? Boundaries { get; init; }

    /// <summary>What the boundary reader warned of (areas kept, with something said about them).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
