using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Core.Tasking;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;
using Microsoft.Extensions.Caching.Memory;

namespace Lantern.Web.Services;

/// <summary>
/// Tasking lists for the web: computed by <see cref="TaskingRun"/> (the CLI's code), recorded as an analysis run, and kept
/// in memory for the same filters while the data and the place adjustments are unchanged, so a page load by fifty
/// people costs one computation. The crimes come from <see cref="CrimeCache"/>, so new filters cost the analysis only.
/// </summary>
internal sealed class TaskingService(StoreAccess stores, IMemoryCache cache, CrimeCache crimes, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _computing = new(1, 1);

    public void Dispose() => _computing.Dispose();

    /// <summary>The tasking page's data: the run's result JSON with the run id, parameters and inputs, as UTF-8 bytes.</summary>
    public async Task<TaskingPage> GetAsync(TaskingRequest request, CancellationToken ct)
    {
        StoreVersion version;
        long? choice = null;
        using (LanternStore store = stores.Open())
        {
            version = StoreVersion.Read(store);
            if (string.Equals(request.Method, "chosen", StringComparison.OrdinalIgnoreCase))
            {
                // A new choice of method changes what "chosen" ranks by: the cache is keyed on the latest choice.
                choice = AnalysisRun.List(store, MethodChoice.Kind, null, 1) is [var latest] ? latest.Id : 0;
            }
        }

        string key = Key(request, version, choice);
        if (cache.TryGetValue(key, out TaskingPage? page) && page is not null)
        {
            return page;
        }

        // One computation at a time: fifty clients asking for the same list wait for the first rather than all computing it.
        await _computing.WaitAsync(ct);
        try
        {
            if (cache.TryGetValue(key, out page) && page is not null)
            {
                return page;
            }

            using LanternStore store = stores.Open();
            TaskingResult r = await TaskingRun.ComputeAsync(store, request, time,
                (selection, harm) => crimes.Load(store, version.Imports, selection, harm), ct);
            page = ToPage(r, store);
            cache.Set(key, page, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1), Size = 1 });
            return page;
        }
        finally
        {
            _computing.Release();
        }
    }

    private static string Key(TaskingRequest r, StoreVersion version, long? choice) =>
        string.Join('|', "tasking", version, r.Force, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Top, r.PerArea, r.Months, r.Seed,
            r.CellSize, r.Types, r.Area, r.Method?.Trim().ToLowerInvariant(), choice);

    private static TaskingPage ToPage(TaskingResult r, LanternStore store)
    {
        JsonObject result = JsonNode.Parse(r.ResultJson)!.AsObject(); // written by TaskingRun a moment ago
        var geometry = new CellGeometry(r.Grid);
        Func<string?, string> label = AnalysisInputs.AreaLabel(store);
        Func<Lantern.Core.Geography.CellId, string?>? display = r.AreaOf ?? AnalysisInputs.Finest(r.Areas);
        var places = result["places"]!.AsArray(); // TaskingRun always writes places
        for (int i = 0; i < r.List.Places.Count; i++)
        {
            TaskingPlace p = r.List.Places[i];
            JsonObject o = places[i]!.AsObject();
            o["areaName"] = label(p.AreaCode ?? display?.Invoke(p.Cell));
            o["polygon"] = new JsonArray([.. geometry.Corners(p.Cell).Select(c => (JsonNode)new JsonArray(c.Latitude, c.Longitude))]);
        }

        var payload = new JsonObject
        {
            ["run"] = r.RunId,
            ["force"] = r.Force,
            ["cellSize"] = r.Grid.CellSize,
            ["harmUnit"] = r.Harm.Unit,
            ["parameters"] = JsonNode.Parse(r.ParametersJson),
            ["inputs"] = JsonNode.Parse(r.InputsJson),
            ["warning"] = r.DataAgeWarning,
            ["result"] = result,
        };
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(payload, JsonOutput.Options);

        // The exports and publishing look the places' areas up later, after this store is closed: look them up now.
        foreach ((_, Func<Lantern.Core.Geography.CellId, string?> codeOf) in r.Areas.Levels)
        {
            foreach (TaskingPlace p in r.List.Places)
            {
                _ = codeOf(p.Cell);
            }
        }

        return new TaskingPage(r.List, r.Force, r.Grid, r.Areas, r.AreaOf, r.RunId, r.ParametersJson, json, Gzip(json));
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
