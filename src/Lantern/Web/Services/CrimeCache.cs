using Lantern.Core.Harm;
using Lantern.Data.Store;
using Microsoft.Extensions.Caching.Memory;

namespace Lantern.Web.Services;

/// <summary>
/// Each force's crimes in memory (<see cref="CrimeHistory"/>), read from the store once per version of the imported
/// data: a tasking list with new filters then costs the analysis (tens of milliseconds) instead of reading a million
/// rows again (seconds). An import adds a source file, which changes the version, and the next request reads again, so
/// no list is ever made from data older than the store's.
/// </summary>
/// <remarks>
/// At most <see cref="CrimeLimit"/> crimes are kept in all (about 50 bytes each): past that, the least recently used
/// forces are dropped (<see cref="MemoryCache"/> compaction). Only lists with the built-in harm table use it; another
/// table reads the store. Thread safe.
/// </remarks>
internal sealed class CrimeCache : IDisposable
{
    /// <summary>Crimes kept in memory across all forces: about 1 GB.</summary>
    public const long CrimeLimit = 20_000_000;

    private readonly MemoryCache _histories = new(new MemoryCacheOptions { SizeLimit = CrimeLimit });

    public void Dispose() => _histories.Dispose();

    /// <summary>The crimes of <paramref name="selection"/>, from memory when the force's history for <paramref name="importVersion"/> is there.</summary>
    public LoadedCrimes Load(LanternStore store, long importVersion, CrimeSelection selection, HarmTable harm)
    {
        if (!ReferenceEquals(harm, HarmTable.Default))
        {
            return CrimeQuery.Load(store, selection, harm);
        }

        if (!_histories.TryGetValue(selection.Force, out Entry? entry) || entry is null || entry.ImportVersion != importVersion)
        {
            // Two requests may both read a history here the first time; the callers (TaskingService) compute one list
            // at a time, so in practice one does.
            entry = new Entry(importVersion, CrimeQuery.LoadHistory(store, selection.Force, harm));
            _histories.Set(selection.Force, entry, new MemoryCacheEntryOptions { Size = entry.History.Points.Count + 1L });
        }

        return entry.History.Select(selection);
    }

    private sealed record Entry(long ImportVersion, CrimeHistory History);
}
