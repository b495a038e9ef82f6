using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Import;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// Imports an uploaded file (a data.police.uk CSV, a force export, or a .zip of the download layout) with the CLI's
/// importer: each file all or nothing, the same counts, rejected rows kept. Uploads are imported one at a time, so two
/// analysts uploading at once queue instead of competing for the store's write lock.
/// </summary>
internal sealed class ImportService(StoreAccess stores, AuditTrail audit, TimeProvider time, CrimeWarmup warmup) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public void Dispose() => _one.Dispose();

    public async Task<UploadReport> ImportAsync(HttpContext http, IFormFile upload, string? force, CancellationToken ct)
    {
        string original = Path.GetFileName(upload.FileName);
        string dir = Path.Combine(Path.GetTempPath(), "lantern-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            // Saved under its own name: the force and month of a data.police.uk file come from its name.
            string path = Path.Combine(dir, original);
            await using (FileStream file = File.Create(path))
            {
                await upload.CopyToAsync(file, ct);
            }

            IReadOnlyList<ImportSource> sources = ImportSources.Expand([path], out IReadOnlyList<string> errors);
            if (errors.Count > 0)
            {
                throw new CliException(string.Join("; ", errors).Replace(dir + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
            }

            await _one.WaitAsync(ct);
            try
            {
                using LanternStore store = stores.Open();
                var importer = new Importer(store, LanternCli.Version, time);
                var results = new List<FileImportResult>();
                foreach (ImportSource s in sources)
                {
                    // Recorded as "upload:<name>" rather than the temporary path.
                    ImportSource named = s.RecordedAs("upload:" + s.Name[(dir.Length + 1)..]);
                    results.Add(importer.ImportFile(named, null, string.IsNullOrWhiteSpace(force) ? null : ForceOption.Resolve(force), ct));
                }

                var rejects = results.Where(r => r.RowsRejected > 0)
                    .SelectMany(r => RejectRow.Read(store, r.Name, 200)).Take(500).ToList();
                audit.Record(store, http, "import", original, detail: JsonSerializer.Serialize(results.Select(r => new
                {
                    file = r.Name, read = r.RowsRead, imported = r.RowsImported, present = r.RowsPresent, updated = r.RowsUpdated, rejected = r.RowsRejected,
                    error = r.Error?.ToString(),
                })));
                if (results.Any(r => r.RowsImported + r.RowsUpdated > 0))
                {
                    warmup.Request(); // read the new crimes into memory now, not at the first list that needs them
                }

                return new UploadReport(original, [.. results.Select(r => new UploadFileReport(r, ImportCommand.Line(r)))], rejects);
            }
            finally
            {
                _one.Release();
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
