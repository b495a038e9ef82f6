using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>The import report of one upload: per file the CLI's counts and line, and the rows rejected.</summary>
internal sealed record UploadReport(string Upload, IReadOnlyList<UploadFileReport> Files, IReadOnlyList<RejectRow> Rejects);
