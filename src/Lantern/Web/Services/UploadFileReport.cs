using Lantern.Data.Import;

namespace Lantern.Web.Services;

/// <summary>One imported file's result, and the line the CLI prints for it.</summary>
internal sealed record UploadFileReport(FileImportResult Result, string Summary);
