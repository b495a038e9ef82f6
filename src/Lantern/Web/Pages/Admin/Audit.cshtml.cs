using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin;

/// <summary>Search the audit log; the chain is checked on every visit, and the visit itself is logged (<see cref="AuditView"/>).</summary>
internal sealed class AuditModel(StoreAccess stores, AuditTrail audit) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string ChainStatus { get; private set; } = string.Empty;

    public string? Actor { get; private set; }

    public string? ActionName { get; private set; }

    public string? Text { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    /// <summary>What is wrong with the search (a day that is not one), shown instead of entries.</summary>
    public string? Problem { get; private set; }

    /// <summary>The newest entries, unfiltered.</summary>
    public void OnGet() => OnPost(null, null, null, null, null);

    /// <summary>
    /// A search is posted, not put in the address: its text is often a person id, which an address would leave in the
    /// browser's history and in proxy logs, where erasure cannot reach it.
    /// </summary>
    public void OnPost(string? actor, string? action, string? text, string? from, string? to)
    {
        (Actor, ActionName, Text, From, To) = (FormText.OrNull(actor), FormText.OrNull(action), FormText.OrNull(text), FormText.OrNull(from), FormText.OrNull(to));
        using LanternStore store = stores.Open();
        try
        {
            (string? since, string? before) = AuditView.Days(From, To);
            Entries = AuditEntry.Search(store, Actor, ActionName, Text, since, before, 500);
        }
        catch (Cli.CliException e)
        {
            Problem = WebText.FromCli(e.Message);
            Entries = [];
        }
        AuditView.Record(audit, store, HttpContext, Actor, ActionName, Text, From, To, Entries.Count);
        (long count, AuditBreak? broken) = AuditEntry.Verify(store);
        ChainStatus = broken is null
            ? $"The chain of {count:N0} entries is intact."
            : $"BROKEN at entry {broken.EntryId}: {broken.Reason}.";
    }
}
