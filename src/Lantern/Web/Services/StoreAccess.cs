using Lantern.Data.Store;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Services;

/// <summary>
/// Opens the store for one piece of work. A SQLite connection is not thread safe, so each request opens its own (cheap:
/// the file is already in the OS cache) and disposes it; SQLite's locking keeps concurrent writers apart.
/// </summary>
internal sealed class StoreAccess(IOptions<LanternWebOptions> options)
{
    public string Database { get; } = options.Value.Database;

    public LanternStore Open() => LanternStore.Open(Database);
}
