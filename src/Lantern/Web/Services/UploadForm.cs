namespace Lantern.Web.Services;

/// <summary>
/// An upload's form as read (<see cref="ImportService.ReadUploadAsync"/>): its file, saved under its own name in a folder
/// of its own, and its force; or why there is nothing to import. Disposing removes the file and its folder.
/// </summary>
internal sealed record UploadForm : IDisposable
{
    /// <summary>The saved file, or null when refused.</summary>
    public string? Path { get; init; }

    /// <summary>The file's name as the browser sent it, without folders.</summary>
    public string? FileName { get; init; }

    public string? Force { get; init; }

    /// <summary>The boundary level of a GeoJSON upload (borough, msoa, lsoa), from the form's <c>level</c>.</summary>
    public string? Level { get; init; }

    /// <summary>Why nothing is imported (over the size limit, no file), for the analyst; null when there is a file.</summary>
    public string? Refusal { get; init; }

    /// <summary>The HTTP status of a refusal: 413 over the limit, 400 otherwise.</summary>
    public int Status { get; init; } = StatusCodes.Status200OK;

    /// <summary>
    /// Writes an uploaded file as it arrives to a new folder under the temporary folder, under <paramref name="fileName"/>
    /// (the force and month of a data.police.uk file come from its name). On failure nothing is left behind.
    /// </summary>
    public static async Task<UploadForm> SaveAsync(Stream body, string fileName, CancellationToken ct)
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lantern-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var saved = new UploadForm { Path = System.IO.Path.Combine(dir, fileName), FileName = fileName };
        try
        {
            await using FileStream file = File.Create(saved.Path);
            await body.CopyToAsync(file, ct);
            return saved;
        }
        catch
        {
            saved.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Path is not null && System.IO.Path.GetDirectoryName(Path) is { } dir && Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
