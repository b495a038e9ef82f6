using Lantern.Analysis;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>
/// Recording a Section 60 authorisation for the authorising officer (analysts and supervisors), with its locality drawn on
/// the map, uploaded as GeoJSON or named by an imported area; and its extension or withdrawal from the register page.
/// A refusal shows every problem and keeps what was typed.
/// </summary>
internal sealed class Section60RecordModel(StoreAccess stores, TimeProvider time, IOptions<LanternWebOptions> options, CoverageCache coverage) : PageModel
{
    /// <summary>The largest GeoJSON upload taken: a locality drawn by hand or a borough is far smaller.</summary>
    private const long MaxAreaBytes = 5 << 20;

    [BindProperty]
    public Section60Form Form { get; set; } = new();

    public IReadOnlyList<Section60Problem> Problems { get; private set; } = [];

    public IReadOnlyList<string> Forces { get; private set; } = [];

    public string? BaseLevel { get; private set; }

    public string? TileUrl => options.Value.TileUrl;

    public string? TileAttribution => options.Value.TileAttribution;

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostAddAsync(IFormFile? areaFile, CancellationToken ct)
    {
        byte[]? area = null;
        string areaName = "the drawn area";
        if (areaFile is { Length: > 0 })
        {
            if (areaFile.Length > MaxAreaBytes)
            {
                Problems = [new("area", $"{areaFile.FileName} is larger than {MaxAreaBytes >> 20} MB: give the locality, not a whole region.")];
                Load();
                return Page();
            }

            using var buffer = new MemoryStream();
            await areaFile.CopyToAsync(buffer, ct);
            area = buffer.ToArray();
            areaName = Path.GetFileName(areaFile.FileName);
        }
        else if (!string.IsNullOrWhiteSpace(Form.AreaGeoJson))
        {
            area = System.Text.Encoding.UTF8.GetBytes(Form.AreaGeoJson);
        }

        using LanternStore store = stores.Open();
        Section60Outcome outcome = Section60Register.Add(store, new Section60AddRequest
        {
            Force = Form.Force,
            Reference = Form.Reference,
            Officer = Form.Officer,
            Rank = Form.Rank,
            Grounds = Form.Grounds,
            Belief = Form.Belief,
            Locality = Form.Locality,
            AreaGeoJson = area,
            AreaName = areaName,
            AreaCode = Form.AreaCode,
            Start = Form.Start,
            End = Form.End,
            Rules = string.IsNullOrWhiteSpace(Form.Rules) ? null : Form.Rules,
            CommunityNotified = Form.CommunityNotified,
        }, AuditTrail.ActorOf(User), time.GetUtcNow(), AuditTrail.ClientOf(HttpContext));
        if (outcome.Recorded is { } row)
        {
            return Redirect($"/stop-search/section60?id={row.Id}&message={Uri.EscapeDataString($"Recorded {row.Reference}.")}");
        }

        Problems = outcome.Problems;
        Load();
        return Page();
    }

    public IActionResult OnPostExtend(long id, string? by, string? rank, string? until, string? at) =>
        Change(id, Section60Register.Extend, new Section60ChangeRequest { By = by, Rank = rank, Until = until, At = at }, "Recorded the extension");

    public IActionResult OnPostWithdraw(long id, string? by, string? reason, string? at) =>
        Change(id, Section60Register.Withdraw, new Section60ChangeRequest { By = by, Reason = reason, At = at }, "Recorded the withdrawal");

    private IActionResult Change(long id, Func<LanternStore, Section60ChangeRequest, string, DateTimeOffset, string?, Section60Outcome> apply,
        Section60ChangeRequest request, string done)
    {
        using LanternStore store = stores.Open();
        if (Section60Store.Find(store, id) is not { } row)
        {
            return NotFound();
        }

        Section60Outcome outcome = apply(store, request with { Force = row.Force, Reference = row.Reference }, AuditTrail.ActorOf(User), time.GetUtcNow(),
            AuditTrail.ClientOf(HttpContext));
        string message = outcome.Recorded is not null
            ? $"{done} of {row.Reference}."
            : $"Not recorded: {string.Join(" ", outcome.Problems.Select(p => $"{p.Field}: {p.Message}"))}";
        return Redirect($"/stop-search/section60?id={id}&message={Uri.EscapeDataString(message)}");
    }

    private void Load()
    {
        using LanternStore store = stores.Open();
        Forces = coverage.SearchForces(store);
        var levels = AreaStore.Summary(store).Select(s => s.Level).ToList();
        BaseLevel = AreaStore.Levels.FirstOrDefault(levels.Contains); // coarsest first
    }
}
