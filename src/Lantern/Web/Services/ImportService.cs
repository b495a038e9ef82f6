using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Import;
using Lantern.Data.Store;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Services;

/// <summary>
/// Imports an uploaded file (a data.police.uk CSV, a force export, or a .zip of the download layout) with the CLI's
/// importer: each file all or nothing, the same counts, rejected rows kept. Uploads are imported one at a time, so two
/// analysts uploading at once queue instead of competing for the store's write lock. An upload may be as large as
/// <see cref="LanternWebOptions.MaxUploadMegabytes"/>, on the page and the API alike (<see cref="ReadUploadAsync"/>).
/// </summary>
internal sealed class ImportService(
    StoreAccess stores, AuditTrail audit, TimeProvider time, CrimeWarmup warmup, IOptions<LanternWebOptions> options) : IDisposable
{
    /// <summary>Room for the rest of the form (boundaries, part headers, the force), so that a file of the limit fits.</summary>
    private const long FormOverhead = 64 << 10;

    private readonly SemaphoreSlim _one = new(1, 1);

    public void Dispose() => _one.Dispose();

    /// <summary>The largest file taken, in MiB.</summary>
    public int MaxUploadMegabytes => options.Value.MaxUploadMegabytes;

    /// <summary>The largest request taken on the import page and API: the file's limit and the rest of the form.</summary>
    private long MaxRequestBytes => (MaxUploadMegabytes * (1L << 20)) + FormOverhead;

    /// <summary>
    /// Reads the upload's form with this request's limit: <see cref="LanternWebOptions.MaxUploadMegabytes"/> instead of
    /// Kestrel's 30 MB (and the form reader's 128 MB). The file is spooled to a temporary file as it arrives (the form
    /// reader's default: no more than 64 kB of it in memory). Over the limit, the analyst is told the limit and what to do
    /// (before, an upload over Kestrel's 30 MB got a broken connection, on the page and the API alike).
    /// </summary>
    /// <param name="http">The request, whose body is not read yet.</param>
    /// <param name="field">The form field holding the file.</param>
    /// <param name="ct">Cancels reading.</param>
    public async Task<UploadForm> ReadUploadAsync(HttpContext http, string field, CancellationToken ct)
    {
        HttpRequest request = http.Request;
        IHttpMaxRequestBodySizeFeature? size = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (request.ContentLength is { } length && length > MaxRequestBytes)
        {
            await DropBodyAsync(request, size, length, ct);
            return TooLarge(length);
        }

        // Raised for this request only, before its body is read; a body sent without a length (chunked) is stopped by
        // Kestrel when it passes the limit.
        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = MaxRequestBytes;
        }

        if (!request.HasFormContentType)
        {
            return new UploadForm
            {
                Status = StatusCodes.Status400BadRequest,
                Refusal = $"Send the file as a form (multipart/form-data), in the field '{field}'.",
            };
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(null);
        }
        catch (InvalidDataException e)
        {
            return new UploadForm { Status = StatusCodes.Status400BadRequest, Refusal = $"The form could not be read: {e.Message}" };
        }

        return form.Files.GetFile(field) is { } file
            ? new UploadForm { File = file, Force = form["force"].FirstOrDefault() }
            : new UploadForm { Status = StatusCodes.Status400BadRequest, Refusal = $"No file: send it in the form field '{field}'." };
    }

    /// <summary>
    /// Reads a refused body and drops it, so that the refusal is read: a browser, or HttpClient, still sending when the
    /// server answers and closes the connection reports a broken connection instead of the answer (what an upload over
    /// Kestrel's 30 MB got before the limit was a setting). Nothing is kept. A client that asks before sending
    /// (<c>Expect: 100-continue</c>, as curl does for a large file) is answered at once and sends nothing.
    /// </summary>
    private static async Task DropBodyAsync(HttpRequest request, IHttpMaxRequestBodySizeFeature? size, long length, CancellationToken ct)
    {
        bool asksFirst = request.Headers.Expect.Any(e => string.Equals(e, "100-continue", StringComparison.OrdinalIgnoreCase));
        if (asksFirst || size is not { IsReadOnly: false })
        {
            return;
        }

        size.MaxRequestBodySize = length;
        try
        {
            await request.Body.CopyToAsync(Stream.Null, ct);
        }
        catch (IOException)
        {
            // The client gave up sending: there is no one left to answer.
            request.HttpContext.Abort();
        }
    }

    private UploadForm TooLarge(long? length)
    {
        string size = length is { } n ? string.Create(CultureInfo.InvariantCulture, $" ({n / (double)(1 << 20):N1} MB)") : string.Empty;
        return new UploadForm
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Refusal = string.Create(CultureInfo.InvariantCulture,
                $"This upload{size} is over the {MaxUploadMegabytes:N0} MB this server takes (set by lantern serve --max-upload-mb). " +
                $"Upload it in parts (a year of the download, or one month's files), or import it on the server with 'lantern import'."),
        };
    }

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

            using ImportSourceList sources = ImportSources.Expand([path], out IReadOnlyList<string> errors);
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
