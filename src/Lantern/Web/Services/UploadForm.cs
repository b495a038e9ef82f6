namespace Lantern.Web.Services;

/// <summary>
/// An upload's form as read (<see cref="ImportService.ReadUploadAsync"/>): its file and force, or why there is nothing to import.
/// </summary>
internal sealed record UploadForm
{
    /// <summary>The file, or null when refused.</summary>
    public IFormFile? File { get; init; }

    public string? Force { get; init; }

    /// <summary>Why nothing is imported (over the size limit, no file), for the analyst; null when there is a file.</summary>
    public string? Refusal { get; init; }

    /// <summary>The HTTP status of a refusal: 413 over the limit, 400 otherwise.</summary>
    public int Status { get; init; } = StatusCodes.Status200OK;
}
