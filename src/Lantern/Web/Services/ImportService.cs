using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Import;
using Lantern.Data.Store;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

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

    /// <summary>
    /// How much of a body sent without its length (chunked) is read and dropped past the limit, so that the client reads
    /// the refusal: 1 GiB, a whole download sent by a script, read at the network's speed. Past it Kestrel stops the
    /// request and closes the connection, and such a client may see a broken connection.
    /// </summary>
    private const long DrainBytes = 1L << 30;

    private readonly SemaphoreSlim _one = new(1, 1);

    // The largest boundary upload: England and Wales's LSOAs at full resolution are about 150 MB of GeoJSON, and the file is
    // read into memory (as the command line reads it).
    private const long MaxBoundaryBytes = 256L * 1024 * 1024;

    public void Dispose() => _one.Dispose();

    /// <summary>The largest file taken, in MiB.</summary>
    public int MaxUploadMegabytes => options.Value.MaxUploadMegabytes;

    /// <summary>The largest request taken on the import page and API: the file's limit and the rest of the form.</summary>
    private long MaxRequestBytes => (MaxUploadMegabytes * (1L << 20)) + FormOverhead;

    /// <summary>
    /// Reads the upload's form with this request's limit: <see cref="LanternWebOptions.MaxUploadMegabytes"/> instead of
    /// Kestrel's 30 MB (and the form reader's 128 MB). The file is written to a folder of its own under its own name as it
    /// arrives, and imported from there: the form reader would first copy it to a temporary file of its own, so that an
    /// upload needed twice its size on disk and was written twice. The form's other fields (the force, the page's
    /// antiforgery token) are kept as the request's form, where the antiforgery check reads them. Over the limit, the
    /// analyst is told the limit and what to do (before, an upload over Kestrel's 30 MB got a broken connection, on the
    /// page and the API alike). Dispose the result to remove the file.
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

        // Raised for this request only, before its body is read. A body sent without a length (chunked) is stopped at the
        // limit by the stream below, and the rest read and dropped up to Kestrel's limit, DrainBytes further on.
        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = MaxRequestBytes + DrainBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary) is not { Length: > 0 and <= 200 } boundary)
        {
            return new UploadForm
            {
                Status = StatusCodes.Status400BadRequest,
                Refusal = $"Send the file as a form (multipart/form-data), in the field '{field}'.",
            };
        }

        var upload = new UploadForm { Status = StatusCodes.Status400BadRequest, Refusal = $"No file: send it in the form field '{field}'." };
        var body = new CappedBodyStream(request.Body, MaxRequestBytes);
        try
        {
            var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            var reader = new MultipartReader(boundary.ToString(), body) { BodyLengthLimit = MaxRequestBytes };
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out ContentDispositionHeaderValue? disposition)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).ToString() is not { Length: > 0 } name)
                {
                    await section.Body.CopyToAsync(Stream.Null, ct); // a part that is no form field: skipped, as the form reader does
                }
                else if (disposition.IsFileDisposition())
                {
                    if (name.Equals(field, StringComparison.OrdinalIgnoreCase) && upload.Path is null)
                    {
                        upload = await UploadForm.SaveAsync(section.Body, FileName(disposition), ct);
                    }
                    else
                    {
                        await section.Body.CopyToAsync(Stream.Null, ct);
                    }
                }
                else
                {
                    fields[name] = StringValues.Concat(fields.GetValueOrDefault(name), await FieldValueAsync(section, name, ct));
                }
            }

            http.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields)));
            return upload.Path is null ? upload
                : upload with { Force = fields.GetValueOrDefault("force").FirstOrDefault(), Level = fields.GetValueOrDefault("level").FirstOrDefault() };
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            upload.Dispose();
            if (body.Passed)
            {
                await DropRestAsync(request, ct);
            }

            return TooLarge(null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            upload.Dispose();
            return new UploadForm { Status = StatusCodes.Status400BadRequest, Refusal = $"The form could not be read: {e.Message}" };
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    // The name a browser sends (an old one sends the whole path, with backslashes), without its folders.
    private static string FileName(ContentDispositionHeaderValue disposition)
    {
        string sent = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString();
        string name = sent[(sent.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        return name.Length == 0 || name is "." or ".." || name.Any(char.IsControl) ? "upload" : name;
    }

    // A form field other than the file: the force, the antiforgery token. Held to 64 kB, as the form reader holds them.
    private static async Task<string> FieldValueAsync(MultipartSection section, string name, CancellationToken ct)
    {
        const int Limit = 64 << 10;
        using var text = new StreamReader(section.Body, System.Text.Encoding.UTF8);
        var value = new System.Text.StringBuilder();
        char[] buffer = new char[1024];
        while (await text.ReadAsync(buffer, ct) is var n and > 0)
        {
            if (value.Length + n > Limit)
            {
                throw new InvalidDataException($"the form field '{name}' is over {Limit:N0} characters");
            }

            value.Append(buffer, 0, n);
        }

        return value.ToString();
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

    /// <summary>
    /// Reads the rest of a body sent without its length, past the limit, and drops it, for the reason
    /// <see cref="DropBodyAsync"/> gives. Kestrel's limit (<see cref="DrainBytes"/> past ours) still ends it: then Kestrel
    /// closes the connection after the answer, as it did at the limit before.
    /// </summary>
    private static async Task DropRestAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            await request.Body.CopyToAsync(Stream.Null, ct);
        }
        catch (BadHttpRequestException)
        {
            // Past DrainBytes too: answered all the same, and Kestrel closes the connection.
        }
        catch (IOException)
        {
            request.HttpContext.Abort(); // the client gave up sending: there is no one left to answer
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

    /// <summary>Imports a file <see cref="ReadUploadAsync"/> saved.</summary>
    public async Task<UploadReport> ImportAsync(HttpContext http, UploadForm upload, CancellationToken ct)
    {
        string original = upload.FileName!;
        string path = upload.Path ?? throw new ArgumentException("The upload holds no file.", nameof(upload));
        if (IsBoundaries(original))
        {
            return await ImportBoundariesAsync(http, upload, original, path, ct);
        }

        string dir = Path.GetDirectoryName(path)!;
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
            // Recorded as "upload:<name>" rather than the temporary path.
            ImportSource[] named = [.. sources.Select(s => s.RecordedAs("upload:" + s.Name[(dir.Length + 1)..]))];
            IReadOnlyList<FileImportResult> results = importer.ImportFiles(named,
                string.IsNullOrWhiteSpace(upload.Force) ? null : ForceOption.Resolve(upload.Force), ct);

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

            var skipped = sources.Skipped.Select(f => f with { Name = "upload:" + f.Name[(dir.Length + 1)..] })
                .Select(f => new UploadSkippedReport(f, ImportCommand.Line(f))).ToList();
            return new UploadReport(original, [.. results.Select(r => new UploadFileReport(r, ImportCommand.Line(r)))], rejects, skipped);
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>A GeoJSON file is boundaries (<c>lantern areas import</c>), not police data.</summary>
    internal static bool IsBoundaries(string fileName) =>
        fileName.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    // Boundaries as 'lantern areas import' takes them, whole or not at all; the level comes with the upload. Read into memory,
    // as the command line reads them: a boundary file over the largest the reader holds is refused before that.
    private async Task<UploadReport> ImportBoundariesAsync(HttpContext http, UploadForm upload, string original, string path, CancellationToken ct)
    {
        string level = FormText.OrNull(upload.Level) is { } l && AreaStore.Levels.Contains(l, StringComparer.Ordinal) ? l
            : throw new CliException($"{original}: a boundary file needs its level: borough, msoa or lsoa");
        if (new FileInfo(path).Length > MaxBoundaryBytes)
        {
            throw new CliException($"{original}: over {MaxBoundaryBytes / (1024 * 1024)} MB, more than a boundary file of the whole country; " +
                "import it on the server with 'lantern areas import'");
        }

        byte[] bytes = await File.ReadAllBytesAsync(path, ct);
        await _one.WaitAsync(ct);
        try
        {
            using LanternStore store = stores.Open();
            BoundaryImport import = AreasCommand.Import(store, bytes, "upload:" + original, level, null, null, time);
            audit.Record(store, http, "import-areas", original, detail: JsonSerializer.Serialize(new { level, report = import.Line, refused = import.Refusal }));
            if (import.Line is null)
            {
                throw new CliException(import.Refusal + ": " + string.Join("; ", import.Errors.Take(20)) + (import.Errors.Count > 20 ? "; …" : string.Empty));
            }

            return new UploadReport(original, [], [], []) { Boundaries = import.Line, Warnings = import.Warnings };
        }
        finally
        {
            _one.Release();
        }
    }
}
