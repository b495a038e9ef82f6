using System.Text.Json;
using Lantern.Core.Harm;
using Lantern.Core.Offenders;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Analysis;

/// <summary>The tables a run was scored with, read back from what the run recorded: a file's text kept with it, or the embedded table of the version it names.</summary>
internal static partial class OffenderRun
{
    /// <summary>The run's weights, groups and bands, or why they cannot be had (a run made with a file before files were kept).</summary>
    public static (HarmTable Weights, OffenceGroupTable Groups, RfgBands Bands)? TablesOf(LanternStore store, StoredScoreRun run, out string? why)
    {
        using JsonDocument parameters = JsonDocument.Parse(AnalysisRun.Find(store, run.AnalysisRunId)?.Parameters ?? "{}");
        JsonElement root = parameters.RootElement;
        HarmTable? weights = Table(root, "weights", HarmTable.Embedded(run.WeightsVersion), (text, name) => HarmTable.Parse(text, name).Table);
        OffenceGroupTable? groups = Table(root, "groups", run.GroupsVersion == OffenceGroupTable.Default.Version ? OffenceGroupTable.Default : null,
            (text, name) => OffenceGroupTable.Parse(text, name).Table);
        RfgBands? bands = Table(root, "bands", run.BandsVersion == RfgBands.Default.Version ? RfgBands.Default : null,
            (text, name) => RfgBands.Parse(text, name).Table);
        if (weights is null || groups is null || bands is null)
        {
            string[] missing = [.. new[] { ("weights", weights is null, run.WeightsVersion), ("groups", groups is null, run.GroupsVersion), ("bands", bands is null, run.BandsVersion) }
                .Where(x => x.Item2).Select(x => $"{x.Item1} {x.Item3}")];
            why = $"run {run.Id} was scored with tables this store does not keep ({string.Join(", ", missing)})";
            return null;
        }

        why = null;
        return (weights, groups, bands);
    }

    // The table a run recorded as a file's text, else the built-in table of the run's version (null when there is none).
    private static T? Table<T>(JsonElement parameters, string name, T? embedded, Func<string, string, T?> parse)
        where T : class
    {
        if (parameters.TryGetProperty(name, out JsonElement e) && e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String)
        {
            string file = e.TryGetProperty("file", out JsonElement f) && f.ValueKind == JsonValueKind.String ? Path.GetFileName(f.GetString()!) : name;
            return parse(text.GetString()!, file);
        }

        return embedded;
    }
}
