using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Core.Harm;
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
internal sealed class TaskingService(StoreAccess stores, IMemoryCache cache, CrimeCache crimes, AreaCache areas, TimeProvider time) : IDisposable
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
        // (Two at once, one a core, made fewer lists a second, not more: docs/BENCHMARKS.md.)
        await _computing.WaitAsync(ct);
        try
        {
            if (cache.TryGetValue(key, out page) && page is not null)
            {
                return page;
            }

            using LanternStore store = stores.Open();
            TaskingResult r = await TaskingRun.ComputeAsync(store, request, time,
                (selection, harm) => crimes.Load(store, version.Imports, selection, harm), ct, level => areas.Index(store, version, level));
            page = ToPage(r, AnalysisInputs.AreaLabel(areas.Names(store, version)));
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

    /// <summary>
    /// The page's JSON: the run's parameters, inputs and result as recorded, with each place's area name and outline added
    /// for the map and its harm figures as text, and the seed as a string (JavaScript cannot hold it as a number). Written
    /// compact in one pass over the recorded result: the indented text and a document model of it cost more than the
    /// list's analysis once the list is long.
    /// </summary>
    private static TaskingPage ToPage(TaskingResult r, Func<string?, string> label)
    {
        var geometry = new CellGeometry(r.Grid);
        Func<Lantern.Core.Geography.CellId, string?>? display = r.AreaOf ?? AnalysisInputs.Finest(r.Areas);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(r.ResultJson.Length);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOutput.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("run", r.RunId);
            json.WriteString("force", r.Force);
            json.WriteNumber("cellSize", r.Grid.CellSize);
            json.WriteString("harmUnit", r.Harm.Unit);
            WriteParameters(json, r.ParametersJson);
            WriteParsed(json, "inputs", r.InputsJson);
            json.WriteString("warning", r.DataAgeWarning);
            using JsonDocument result = JsonDocument.Parse(r.ResultJson); // written by TaskingRun a moment ago
            json.WritePropertyName("result");
            json.WriteStartObject();
            foreach (JsonProperty member in result.RootElement.EnumerateObject())
            {
                if (member.NameEquals("places"))
                {
                    json.WritePropertyName(member.Name);
                    WritePlaces(json, member.Value, r.List.Places, geometry, p => label(p.AreaCode ?? display?.Invoke(p.Cell)));
                }
                else
                {
                    member.WriteTo(json);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        byte[] bytes = buffer.WrittenSpan.ToArray();

        // The exports and publishing look the places' areas up later, after this store is closed: look them up now.
        foreach ((_, Func<Lantern.Core.Geography.CellId, string?> codeOf) in r.Areas.Levels)
        {
            foreach (TaskingPlace p in r.List.Places)
            {
                _ = codeOf(p.Cell);
            }
        }

        return new TaskingPage(r.List, r.Force, r.Grid, r.Areas, r.AreaOf, r.RunId, r.ParametersJson, bytes, Gzip(bytes), r.Record());
    }

    /// <summary>
    /// The run's parameters as recorded, but the seed as a string: a 64-bit seed is past the integers a JavaScript number
    /// holds exactly (2^53), and the page showed 3689912744915261371 as 3689912744915261400. The record keeps it a number.
    /// </summary>
    private static void WriteParameters(Utf8JsonWriter json, string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        json.WriteStartObject("parameters");
        foreach (JsonProperty member in document.RootElement.EnumerateObject())
        {
            if (member.NameEquals("seed") && member.Value.ValueKind == JsonValueKind.Number)
            {
                json.WriteString(member.Name, member.Value.GetRawText());
            }
            else
            {
                member.WriteTo(json);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteParsed(Utf8JsonWriter json, string name, string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        json.WritePropertyName(name);
        document.RootElement.WriteTo(json);
    }

    /// <summary>
    /// The recorded places (in the list's order), each with "areaName", "polygon" (corners as [latitude, longitude]) and
    /// "harmText" added, and "harmText" in each of its categories: harm as the reasons, the CLI and the briefing write it
    /// (<see cref="HarmFigure.Whole"/>), which the page shows rather than rounding the raw figure its own way.
    /// </summary>
    private static void WritePlaces(Utf8JsonWriter json, JsonElement recorded, IReadOnlyList<TaskingPlace> places, CellGeometry geometry,
        Func<TaskingPlace, string> areaName)
    {
        json.WriteStartArray();
        int i = 0;
        foreach (JsonElement place in recorded.EnumerateArray())
        {
            TaskingPlace p = places[i++]; // TaskingRun writes one element per place, in order
            json.WriteStartObject();
            foreach (JsonProperty member in place.EnumerateObject())
            {
                if (member.NameEquals("byCategory"))
                {
                    json.WritePropertyName(member.Name);
                    WriteCategories(json, member.Value);
                }
                else
                {
                    member.WriteTo(json);
                }
            }

            json.WriteString("harmText", HarmFigure.Whole(p.Harm));
            json.WriteString("areaName", areaName(p));
            json.WriteStartArray("polygon");
            foreach ((double longitude, double latitude) in geometry.Corners(p.Cell))
            {
                json.WriteStartArray();
                json.WriteNumberValue(latitude);
                json.WriteNumberValue(longitude);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCategories(Utf8JsonWriter json, JsonElement recorded)
    {
        json.WriteStartArray();
        foreach (JsonElement category in recorded.EnumerateArray())
        {
            json.WriteStartObject();
            foreach (JsonProperty member in category.EnumerateObject())
            {
                member.WriteTo(json);
            }

            json.WriteString("harmText", HarmFigure.Whole(category.GetProperty("harm").GetDouble()));
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
