using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Harm;
using Lantern.Core.Tasking;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Checks a recorded result (a tasking list, hot spots, a stop-and-search figure) by computing it again from what was
/// recorded with it: the same parameters, seed, harm table version, place adjustments and method choice, on the data in
/// the store now, with nothing recorded. Either the result matches the recorded one byte for byte, or every difference is
/// listed beside what changed in the data used and in Lantern's version: so anyone challenging a result can see that it
/// follows from its inputs, or why it no longer does.
/// </summary>
internal static class RunCheck
{
    // Who a check's computation is for: nothing is recorded, so it is never written anywhere.
    private const string Checker = "check";

    /// <summary>The kinds of run that can be computed again from their record.</summary>
    public static readonly string[] Kinds =
        [TaskingRun.Kind, HotspotsRun.Kind, BacktestRun.Kind, StopSearchRun.Kind, BoroughTableRun.Kind, VeilRun.Kind, BodyWornVideoRun.Kind, TaskedPlacesRun.Kind];

    public static Task<RunCheckResult> CheckAsync(LanternStore store, long id, TimeProvider time, CancellationToken ct) =>
        CheckAsync(store, id, time, (selection, harm) => CrimeQuery.Load(store, selection, harm), ct);

    /// <summary>The same, with a tasking list's crimes from <paramref name="load"/> (the web's in-memory copy) instead of a read of the store.</summary>
    public static async Task<RunCheckResult> CheckAsync(LanternStore store, long id, TimeProvider time, Func<CrimeSelection, HarmTable, LoadedCrimes> load,
        CancellationToken ct)
    {
        var run = AnalysisRun.Find(store, id) ?? throw new CliException($"There is no run #{id} in {store.Name}.");
        if (!Kinds.Contains(run.Kind, StringComparer.Ordinal))
        {
            throw new CliException($"Run #{id} is a {run.Kind} run: only {string.Join(", ", Kinds[..^1])} and {Kinds[^1]} runs can be computed again from their record so far " +
                "('lantern runs show' gives what it was run with).", ExitCodes.Usage);
        }

        (string Parameters, string Inputs, string Result) again;
        using (JsonDocument recorded = JsonDocument.Parse(run.Parameters))
        using (JsonDocument recordedInputs = JsonDocument.Parse(run.Inputs))
        using (JsonDocument recordedResult = JsonDocument.Parse(run.Result))
        {
            again = run.Kind switch
            {
                TaskingRun.Kind => await TaskingAgainAsync(store, recorded.RootElement, recordedResult.RootElement, time, load, ct),
                HotspotsRun.Kind => await HotspotsAgainAsync(store, recorded.RootElement, recordedResult.RootElement, time, ct),
                BacktestRun.Kind => BacktestAgain(store, recorded.RootElement, recordedResult.RootElement, time, ct),
                _ => StopSearchAgain(run.Kind, store, recorded.RootElement, recordedInputs.RootElement, time),
            };
        }

        return new RunCheckResult(id, run.Kind, run.Force, run.CreatedAt, run.CreatedBy, run.Version, LanternCli.Version,
            Sha256(run.Result), Sha256(again.Result),
            JsonDifferences.Between(run.Parameters, again.Parameters), JsonDifferences.Between(run.Result, again.Result),
            JsonDifferences.Between(run.Inputs, again.Inputs), Cells(run.Result), Cells(again.Result))
        {
            ChangedFiles = ChangedFiles(run.Parameters, again.Parameters),
        };
    }

    /// <summary>
    /// The files recorded with the run by path and SHA-256 (TaskingRun and HotspotsRun write the mask's as <c>mask</c> and
    /// <c>maskSha256</c>, the harm table's in <c>harmTable</c>) whose SHA-256 now is another: edited since. A record made
    /// before hashes were recorded has none to compare, and is not said to differ.
    /// </summary>
    private static List<ChangedFile> ChangedFiles(string recordedParameters, string parameters)
    {
        using JsonDocument then = JsonDocument.Parse(recordedParameters);
        using JsonDocument now = JsonDocument.Parse(parameters);
        var changed = new List<ChangedFile>();
        Compare("mask file", "maskSha256", then.RootElement, now.RootElement, p => (Text(p, "mask"), Text(p, "maskSha256")));
        Compare("harm file", "harmTable.sha256", then.RootElement, now.RootElement,
            p => p.TryGetProperty("harmTable", out JsonElement h) && h.ValueKind == JsonValueKind.Object && Text(h, "source") is { } source
                ? (HarmPath(source), Text(h, "sha256"))
                : (null, null));
        return changed;

        void Compare(string what, string parameter, JsonElement a, JsonElement b, Func<JsonElement, (string? Path, string? Sha256)> file)
        {
            (string? path, string? recorded) = file(a);
            string? current = file(b).Sha256;
            if (path is not null && recorded is not null && current is not null && recorded != current)
            {
                changed.Add(new ChangedFile(what, parameter, path, recorded, current));
            }
        }
    }

    private static async Task<(string, string, string)> TaskingAgainAsync(LanternStore store, JsonElement parameters, JsonElement result, TimeProvider time,
        Func<CrimeSelection, HarmTable, LoadedCrimes> load, CancellationToken ct)
    {
        TaskingRequest request = TaskingRequestOf(parameters, Derived(result, "seed: "));
        request = request with { Force = ForceAgain(store, result, request.Force!) };
        TaskingResult again = await TaskingRun.ComputeAsync(store, request, time, load, ct);
        return (again.ParametersJson, again.InputsJson, again.ResultJson);
    }

    /// <summary>
    /// Hot spots of the recorded force, months, method, grid, crime types, area, mask, area level, bandwidth (unless it was
    /// chosen from the data, when it is chosen again), Gi* band and harm table. The force and months it chose itself are
    /// chosen again while that gives the same.
    /// </summary>
    private static async Task<(string, string, string)> HotspotsAgainAsync(LanternStore store, JsonElement p, JsonElement result, TimeProvider time,
        CancellationToken ct)
    {
        string force = p.GetProperty("force").GetString()!;
        YearMonth from = YearMonth.Parse(p.GetProperty("from").GetString()!);
        YearMonth to = YearMonth.Parse(p.GetProperty("to").GetString()!);
        bool toAgain = Derived(result, "to: ") && CrimeQuery.LatestMonth(store, force) == to;
        (string? harmVersion, string? harmFile) = HarmOf(p);
        var request = new HotspotsRequest
        {
            Force = ForceAgain(store, result, force),
            To = toAgain ? null : to.ToString(),
            From = toAgain && Derived(result, "from: ") && from == to.PlusMonths(-11) ? null : from.ToString(),
            Method = p.GetProperty("method").GetString()!,
            CellSize = p.GetProperty("cellSize").GetInt32(),
            Types = Joined(p, "types"),
            Area = Text(p, "area"),
            MaskFile = Text(p, "mask"),
            AreaLevel = Text(p, "areaLevel"),
            BandwidthMetres = result.TryGetProperty("kernelDensity", out JsonElement k) && k.ValueKind == JsonValueKind.Object
                && !k.GetProperty("automatic").GetBoolean() ? k.GetProperty("bandwidthMetres").GetDouble() : null,
            BandMetres = p.TryGetProperty("giStarBandMetres", out JsonElement band) && band.ValueKind == JsonValueKind.Number ? band.GetDouble() : null,
            HarmVersion = harmVersion,
            HarmFile = harmFile,
            By = Checker,
            Record = false,
        };
        HotspotsRunResult again = await HotspotsRun.ComputeAsync(store, request, time, ct);
        return (again.ParametersJson, again.InputsJson, again.ResultJson);
    }

    /// <summary>
    /// A backtest of the recorded force, unit, targets, methods, coverages, grid, crime types, area and seed, with nothing
    /// recorded and no method chosen. The force and targets it chose itself are chosen again while that gives the same.
    /// </summary>
    private static (string, string, string) BacktestAgain(LanternStore store, JsonElement p, JsonElement result, TimeProvider time, CancellationToken ct)
    {
        string force = p.GetProperty("force").GetString()!;
        string unit = p.GetProperty("unit").GetString()!;
        string from = p.GetProperty("from").GetString()!;
        string to = p.GetProperty("to").GetString()!;
        bool toAgain = Derived(result, "to: ")
            && BacktestPeriod.Parse(unit, null, null, () => CrimeQuery.LatestMonth(store, force), () => CrimeQuery.LatestDay(store, force), []).Last == to;
        bool fromAgain = toAgain && Derived(result, "from: ")
            && BacktestPeriod.Parse(unit, null, to, () => CrimeQuery.LatestMonth(store, force), () => CrimeQuery.LatestDay(store, force), []).First == from;
        var request = new BacktestRequest
        {
            Force = ForceAgain(store, result, force),
            Unit = unit,
            From = fromAgain ? null : from,
            To = toAgain ? null : to,
            Methods = Joined(p, "methods")!, // always recorded
            // Recorded as shares (0.05); given as percent ("5"), rounded back from the share's binary form.
            Coverage = string.Join(',', p.GetProperty("coverages").EnumerateArray()
                .Select(c => Math.Round(c.GetDouble() * 100, 10).ToString(CultureInfo.InvariantCulture))),
            CellSize = p.GetProperty("cellSize").GetInt32(),
            Types = Joined(p, "types"),
            Area = Text(p, "area"),
            Seed = p.GetProperty("seed").GetInt64(),
            By = Checker,
            Record = false,
        };
        BacktestOutcome again = BacktestRun.Compute(store, request, time, ct);
        return (again.ParametersJson, again.InputsJson, again.ResultJson);
    }

    /// <summary>
    /// A stop-and-search figure (the summary, the borough table, the veil of darkness, body-worn video, searches in tasked
    /// places) of the recorded force and months with its recorded options. What the record chose itself (the force, the
    /// months) is chosen again while that gives the same (so the record says so again); otherwise it is given.
    /// </summary>
    private static (string, string, string) StopSearchAgain(string kind, LanternStore store, JsonElement p, JsonElement inputs, TimeProvider time)
    {
        (string? force, string? from, string? to) = StopSearchPeriod(store, p, inputs);
        switch (kind)
        {
            case VeilRun.Kind:
            {
                string level = p.GetProperty("areaLevel").GetString()!;
                RecordedRun again = VeilRun.Compute(store, new VeilRequest
                {
                    Force = force, From = from, To = to, AreaLevel = level == "force" ? null : level, Ethnicity = Text(p, "ethnicity"),
                    Knots = p.GetProperty("knots").GetInt32(), By = Checker, Record = false,
                }, time).Run;
                return (again.ParametersJson, again.InputsJson, again.ResultJson);
            }

            case BodyWornVideoRun.Kind:
            {
                RecordedRun again = BodyWornVideoRun.Compute(store, force, from, to, Text(p, "by"), Text(p, "areaLevel"), Checker, time, record: false).Run;
                return (again.ParametersJson, again.InputsJson, again.ResultJson);
            }

            case TaskedPlacesRun.Kind:
            {
                RecordedRun again = TaskedPlacesRun.Compute(store, force, from, to, Checker, time, record: false).Run;
                return (again.ParametersJson, again.InputsJson, again.ResultJson);
            }

            default:
            {
                var request = new StopSearchRequest
                {
                    Force = force,
                    From = from,
                    To = to,
                    Area = Text(p, "area"),
                    Legislation = Joined(p, "legislation"),
                    Ethnicity = Text(p, "ethnicity"),
                    Census = Text(p, "census"),
                    By = Checker,
                    Record = false,
                };
                if (kind == BoroughTableRun.Kind)
                {
                    BoroughTableResult table = BoroughTableRun.Compute(store, request, time);
                    return (table.ParametersJson, table.InputsJson, table.ResultJson);
                }

                StopSearchResult again = StopSearchRun.Compute(store, request, time);
                return (again.ParametersJson, again.InputsJson, again.ResultJson);
            }
        }
    }

    // The recorded force and months of a stop-and-search figure: null for what the record chose itself (its inputs'
    // automatic choices say so) when choosing again gives the same, so that the record's choices are made again.
    private static (string? Force, string? From, string? To) StopSearchPeriod(LanternStore store, JsonElement p, JsonElement inputs)
    {
        string force = p.GetProperty("force").GetString()!;
        string from = p.GetProperty("from").GetString()!;
        string to = p.GetProperty("to").GetString()!;
        var recordedChoices = inputs.TryGetProperty("automaticChoices", out JsonElement c) ? c.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        bool Chose(string prefix) => recordedChoices.Any(x => x.StartsWith(prefix, StringComparison.Ordinal));
        if (Chose("force: ") || Chose("to: ") || Chose("from: "))
        {
            (string f, YearMonth a, YearMonth b) = StopSearchRun.ResolvePeriod(store, Chose("force: ") ? null : force, Chose("from: ") ? null : from,
                Chose("to: ") ? null : to, []);
            if (f == force && a.ToString() == from && b.ToString() == to)
            {
                return (Chose("force: ") ? null : force, Chose("from: ") ? null : from, Chose("to: ") ? null : to);
            }
        }

        return (force, from, to);
    }

    // The places of a tasking list, by cell in rank order; none for other kinds.
    private static string[] Cells(string resultJson)
    {
        using JsonDocument doc = JsonDocument.Parse(resultJson);
        return doc.RootElement.TryGetProperty("places", out JsonElement places) && places.ValueKind == JsonValueKind.Array
            ? [.. places.EnumerateArray().Where(x => x.TryGetProperty("cell", out _)).Select(x => x.GetProperty("cell").GetString()!)]
            : [];
    }

    /// <summary>A tasking list's request from its recorded parameters (TaskingRun writes them).</summary>
    /// <param name="p">The recorded parameters.</param>
    /// <param name="seedDerived">The seed was not given but derived from force and date: it is derived again, so the list says so again.</param>
    private static TaskingRequest TaskingRequestOf(JsonElement p, bool seedDerived)
    {
        int cellSize = p.GetProperty("cellSize").GetInt32();
        (string? harmVersion, string? harmFile) = HarmOf(p);
        string? method = p.GetProperty("method").GetString();
        return new TaskingRequest
        {
            Force = p.GetProperty("force").GetString(),
            Date = DateOnly.ParseExact(p.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Top = p.GetProperty("top").GetInt32(),
            PerArea = Text(p, "perArea"),
            Months = p.GetProperty("months").GetInt32(),
            CellSize = cellSize,
            Method = method,
            MethodChoiceRun = p.TryGetProperty("methodChoiceRun", out JsonElement choice) && choice.ValueKind == JsonValueKind.Number ? choice.GetInt64() : null,
            Types = Joined(p, "types"),
            Area = Text(p, "area"),
            MaskFile = Text(p, "mask"),
            Seed = seedDerived ? null : p.GetProperty("seed").GetInt64(),
            HarmVersion = harmVersion,
            HarmFile = harmFile,
            Adjustments = [.. p.GetProperty("adjustments").EnumerateArray().Select(a => new AnalystAdjustment(
                CellOption.Parse(a.GetProperty("cell").GetString()!, cellSize).Cell,
                Enum.Parse<AdjustmentKind>(a.GetProperty("kind").GetString()!),
                a.GetProperty("reason").GetString()!))],
            By = Checker,
            Record = false,
        };
    }

    // TaskingRun records what it derived among the automatic choices: "seed: N (derived from force and date)", "force: the
    // only force in the database is X".
    private static bool Derived(JsonElement result, string prefix) =>
        result.TryGetProperty("automaticChoices", out JsonElement choices)
        && choices.EnumerateArray().Any(c => c.GetString() is { } text && text.StartsWith(prefix, StringComparison.Ordinal));

    // The recorded harm table: the built-in one of its version, or its file.
    private static (string? Version, string? File) HarmOf(JsonElement p)
    {
        JsonElement harm = p.GetProperty("harmTable");
        string source = harm.GetProperty("source").GetString()!;
        return source == "built in" ? (harm.GetProperty("version").GetString(), null) : (null, HarmFileOf(source));
    }

    // A recorded list (crime types, powers, methods) as the request takes it, comma-separated; null when none was recorded.
    private static string? Joined(JsonElement p, string name) =>
        p.TryGetProperty(name, out JsonElement list) && list.ValueKind == JsonValueKind.Array
            ? string.Join(',', list.EnumerateArray().Select(t => t.GetString()))
            : null;

    // A result asked for without a force names the only force there was; while it still is, it is asked for so again.
    private static string? ForceAgain(LanternStore store, JsonElement result, string force) =>
        Derived(result, "force: ") && CrimeQuery.ForceList(store) is [var only] && only == force ? null : force;

    private static string HarmFileOf(string recorded)
    {
        string path = HarmPath(recorded);
        return File.Exists(path) ? path : throw new CliException($"The list was weighted with the harm file {path}, which is no longer there.");
    }

    // A harm file is recorded as its path, or "path: the source its '# source:' line names" (AnalysisInputs.LoadHarm).
    private static string HarmPath(string recorded)
    {
        if (File.Exists(recorded))
        {
            return recorded;
        }

        int colon = recorded.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? recorded[..colon] : recorded;
    }

    private static string? Text(JsonElement p, string name) =>
        p.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
