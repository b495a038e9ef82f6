namespace Lantern.Web;

/// <summary>
/// The web host's settings: <c>lantern serve</c> reads them from environment variables <c>Lantern__Web__&lt;Setting&gt;</c>
/// (the configuration section "Lantern:Web", as ASP.NET Core names it), then from its options, which win.
/// </summary>
internal sealed class LanternWebOptions
{
    public const string Section = "Lantern:Web";

    /// <summary>The store: a SQLite file path.</summary>
    public string Database { get; set; } = "lantern.db";

    /// <summary>
    /// Production mode: refuses to start without an administrator account and never creates demo accounts. Off only for
    /// <c>lantern demo</c>.
    /// </summary>
    public bool Production { get; set; } = true;

    /// <summary>A map tile URL template (e.g. a force's own tile server); none by default: boundaries are the base layer.</summary>
    public string? TileUrl { get; set; }

    public string? TileAttribution { get; set; }

    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// The longest a sign-in lasts, however active: one shift with its overtime (12 hours). The cookie also lapses after
    /// 10 hours without use.
    /// </summary>
    public TimeSpan MaximumSessionAge { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Sign-in attempts allowed per client address per minute (after that: 429).</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Trusted reverse-proxy identity header mode (docs/web.md): off unless this and <see cref="TrustedProxyAddress"/> are set.</summary>
    public string? TrustedProxyHeader { get; set; }

    /// <summary>
    /// The reverse proxy in front of Lantern, if any: its forwarded client address and scheme are believed from this address
    /// only (<see cref="Security.ReverseProxy"/>), and so is the identity header when <see cref="TrustedProxyHeader"/> is set.
    /// </summary>
    public string? TrustedProxyAddress { get; set; }

    /// <summary>
    /// The largest file the import page and <c>POST /api/imports</c> take, in MiB (other requests keep Kestrel's 30 MB);
    /// <c>lantern serve --max-upload-mb</c>.
    /// 1,024 by default: a year of a large force's data.police.uk download, or a Metropolitan Police month unzipped, is
    /// over the 30 MB; an upload is written to a temporary file as it arrives, never held in memory.
    /// </summary>
    public int MaxUploadMegabytes { get; set; } = 1024;

    /// <summary>
    /// How often the server looks for files imported by another program (<c>lantern import</c> from the command line, a
    /// nightly job) and, when there are, reads their crimes and coverage into memory before anyone asks: 30 seconds.
    /// The look is three index seeks; imports through the web are read at once.
    /// </summary>
    public TimeSpan ImportWatchInterval { get; set; } = TimeSpan.FromSeconds(30);
}
