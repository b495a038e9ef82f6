using System.Text.Json;
using Lantern.Core.Offenders;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Analysis;

/// <summary>What a run recorded as aggregates (no person in them): its suspect population's composition and its power few.</summary>
internal static partial class OffenderRun
{
    public static GroupComposition SuspectComposition(LanternStore store, StoredScoreRun run)
    {
        using JsonDocument result = ResultOf(store, run);
        JsonElement root = result.RootElement;
        var rows = root.GetProperty("suspectComposition").EnumerateArray()
            .Select(e => (e.GetProperty("attribute").GetString()!, e.GetProperty("group").GetString()!, e.GetProperty("people").GetInt64())).ToList(); // written by Score
        return new GroupComposition(root.GetProperty("ranked").GetInt64(), rows);
    }

    public static PowerFewReport PowerFewOf(LanternStore store, StoredScoreRun run)
    {
        using JsonDocument result = ResultOf(store, run);
        return result.RootElement.GetProperty("powerFew").Deserialize<PowerFewReport>(Cli.JsonOutput.Options)!; // written by Score
    }

    private static JsonDocument ResultOf(LanternStore store, StoredScoreRun run) =>
        JsonDocument.Parse(AnalysisRun.Find(store, run.AnalysisRunId)?.Result ?? "{}");
}
