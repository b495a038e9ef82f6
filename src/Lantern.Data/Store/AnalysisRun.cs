using System.Globalization;
using Dapper;

namespace Lantern.Data.Store;

/// <summary>A recorded analytic result: what was asked, from which data, by which version, and what came out.</summary>
internal static class AnalysisRun
{
    /// <summary>Records a run; parameters, inputs and result are JSON documents. Returns the run's number.</summary>
    public static long Record(LanternStore store, string kind, string? force, string createdBy, string version, DateTimeOffset at,
        string parametersJson, string inputsJson, string resultJson) =>
        store.InsertReturningId(
            "INSERT INTO analysis_run (kind, force, created_at, created_by, lantern_version, parameters, inputs, result) " +
            "VALUES (@kind, @force, @at, @createdBy, @version, @parametersJson, @inputsJson, @resultJson) RETURNING id",
            new
            {
                kind,
                force,
                at = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                createdBy,
                version,
                parametersJson,
                inputsJson,
                resultJson,
            });

    /// <summary>The most recent runs, newest first, optionally of one kind and force.</summary>
    public static IReadOnlyList<(long Id, string Kind, string? Force, string CreatedAt, string CreatedBy, string Version)> List(
        LanternStore store, string? kind, string? force, int limit) =>
        store.Connection.Query<(long, string, string?, string, string, string)>(
            "SELECT id, kind, force, created_at, created_by, lantern_version FROM analysis_run " +
            "WHERE (@kind IS NULL OR kind = @kind) AND (@force IS NULL OR force = @force) ORDER BY id DESC LIMIT @limit",
            new { kind, force, limit }).AsList();

    /// <summary>A recorded run as stored, or null.</summary>
    public static (string Kind, string? Force, string CreatedAt, string CreatedBy, string Version, string Parameters, string Inputs, string Result)? Find(
        LanternStore store, long id) =>
        store.Connection.QueryFirstOrDefault<(string, string?, string, string, string, string, string, string)?>(
            "SELECT kind, force, created_at, created_by, lantern_version, parameters, inputs, result FROM analysis_run WHERE id = @id", new { id });
}
