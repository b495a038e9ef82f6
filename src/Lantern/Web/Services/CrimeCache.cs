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

    // One read of the store at a time: a request that needs a force being read (by another request, or by the warm-up
    // after an import) waits for that read instead of making a second one.
    private readonly Lock _reading = new();

    public void Dispose() => _histories.Dispose();

    /// <summary>
    /// Reads into memory every force's crimes for <paramref name="importVersion"/>, most crimes first, so that the first
    /// tasking list after the server starts or after an import does not wait for the read (seconds for a million crimes).
    /// </summary>
    /// <returns>The forces read (those already in memory for this version are skipped).</returns>
    public int Warm(LanternStore store, long importVersion, CancellationToken ct)
    {
        int read = 0;
        foreach (string force in CrimeQuery.Forces(store))
        {
            ct.ThrowIfCancellationRequested();
            if (Current(force, importVersion) is null)
            {
                History(store, importVersion, force);
                read++;
            }
        }

        return read;
    }

    /// <summary>The crimes of <paramref name="selection"/>, from memory when the force's history for <paramref name="importVersion"/> is there.</summary>
    public LoadedCrimes Load(LanternStore store, long importVersion, CrimeSelection selection, HarmTable harm)
    {
        if (!ReferenceEquals(harm, HarmTable.Default))
        {
            return CrimeQuery.Load(store, selection, harm);
        }

        return (Current(selection.Force, importVersion) ?? History(store, importVersion, selection.Force)).Select(selection);
    }

    /// <summary>The force's crimes for <paramref name="importVersion"/> when they are in memory (never reads the store).</summary>
    internal Lantern.Core.Crimes.CrimePoints? Held(string force, long importVersion) => Current(force, importVersion)?.Points;

    /// <summary>Whether the force's crimes for <paramref name="importVersion"/> are in memory.</summary>
    internal bool Holds(string force, long importVersion) => Current(force, importVersion) is not null;

    private CrimeHistory? Current(string force, long importVersion) =>
        _histories.TryGetValue(force, out Entry? entry) && entry is not null && entry.ImportVersion == importVersion ? entry.History : null;

    private CrimeHistory History(LanternStore store, long importVersion, string force)
    {
        lock (_reading)
        {
            if (Current(force, importVersion) is { } done)
            {
                return done; // read while this caller waited
            }

            var entry = new Entry(importVersion, CrimeQuery.LoadHistory(store, force, HarmTable.Default));
            _histories.Set(force, entry, new MemoryCacheEntryOptions { Size = entry.History.Points.Count + 1L });
            return entry.History;
        }
    }

    private sealed record Entry(long ImportVersion, CrimeHistory History);
}
