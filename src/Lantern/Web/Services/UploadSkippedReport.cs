using Lantern.Data.Import;

namespace Lantern.Web.Services;

/// <summary>A file of an upload that was not read (a README in a .zip), and the CLI's line for it.</summary>
internal sealed record UploadSkippedReport(SkippedFile File, string Summary);
