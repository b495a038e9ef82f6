using Lantern.Cli;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>
/// Upload and import a file, with the same report as the CLI and the rows rejected. The antiforgery token is checked here
/// rather than by the automatic check: that one reads the form before anything else, with the server's default limits,
/// so an upload over them got a bare 400 instead of this page saying what the limit is.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class ImportModel(ImportService imports, IAntiforgery antiforgery) : PageModel
{
    public UploadReport? Report { get; private set; }

    /// <summary>Why the upload was not imported (too large, no file, not a readable archive), or null.</summary>
    public string? Refusal { get; private set; }

    public int MaxUploadMegabytes => imports.MaxUploadMegabytes;

    // No parameters: a handler parameter, even a CancellationToken, has Razor Pages read the whole form first (its value
    // providers), before ReadUploadAsync could raise the request's size limit or save the file as it arrives.
    public async Task<IActionResult> OnPostAsync()
    {
        CancellationToken ct = HttpContext.RequestAborted;
        using UploadForm form = await imports.ReadUploadAsync(HttpContext, "upload", ct);
        if (form.Path is null)
        {
            Refusal = form.Refusal;
            Response.StatusCode = form.Status;
            return Page();
        }

        // Before anything is written: nothing above changes anything.
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        try
        {
            Report = await imports.ImportAsync(HttpContext, form, ct);
        }
        catch (CliException e)
        {
            // The upload as a whole could not be read (not a .zip, no CSV in it, an archive past the zip caps): shown like
            // a form's refusal elsewhere (Section 60), on the page as answered, for the analyst to choose another file.
            Refusal = WebText.FromCli(e.Message);
        }

        return Page();
    }
}
