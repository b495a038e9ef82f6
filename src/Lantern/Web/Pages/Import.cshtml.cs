using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>Upload and import a file, with the same report as the CLI and the rows rejected.</summary>
internal sealed class ImportModel(ImportService imports) : PageModel
{
    public UploadReport? Report { get; private set; }

    public async Task OnPostAsync(IFormFile upload, string? force, CancellationToken ct) =>
        Report = await imports.ImportAsync(HttpContext, upload, force, ct);
}
