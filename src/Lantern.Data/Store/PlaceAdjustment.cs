using System.Globalization;
using System.Text.Json.Serialization;
using Dapper;
using Lantern.Core.Geography;

namespace Lantern.Data.Store;

/// <summary>An analyst's addition or suppression of a tasking place, with who, when and why (DOMAIN.md §2).</summary>
// SQLite hands integers back as 64-bit: the record takes them so, and narrows once in Cell and Grid.
internal sealed record PlaceAdjustment(long Id, string Force, long CellSize, long CellColumn, long CellRow, string Action, string Reason,
    string MadeBy, string MadeAt, string? WithdrawnAt, string? WithdrawnBy)
{
    public const string Add = "add";
    public const string Suppress = "suppress";

    private const string Columns = "id, force, cell_size AS CellSize, cell_column AS CellColumn, cell_row AS CellRow, action, reason, " +
        "made_by AS MadeBy, made_at AS MadeAt, withdrawn_at AS WithdrawnAt, withdrawn_by AS WithdrawnBy";

    // Not in the API's JSON: cellName, cellSize, cellColumn and cellRow say it (a GridSpec would carry its projection's WKT).
    [JsonIgnore]
    public CellId Cell => new((int)CellColumn, (int)CellRow);

    [JsonIgnore]
    public GridSpec Grid => new((int)CellSize);

    /// <summary>The cell's id as people and commands write it, "150m-E331050-N188100" (in the API's JSON as "cellName").</summary>
    public string CellName => Grid.CellName(Cell);

    public static long Record(LanternStore store, string force, GridSpec grid, CellId cell, string action, string reason, string madeBy, DateTimeOffset at)
    {
        if (action is not (Add or Suppress))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "An adjustment adds or suppresses a place.");
        }

        return store.InsertReturningId(
            "INSERT INTO place_adjustment (force, cell_size, cell_column, cell_row, action, reason, made_by, made_at) " +
            "VALUES (@force, @size, @column, @row, @action, @reason, @madeBy, @at) RETURNING id",
            new { force, size = grid.CellSize, column = cell.Column, row = cell.Row, action, reason = reason.Trim(), madeBy, at = Iso(at) });
    }

    /// <summary>Withdraws an adjustment (kept, marked withdrawn). False when there is no such active adjustment.</summary>
    public static bool Withdraw(LanternStore store, long id, string by, DateTimeOffset at) =>
        store.Connection.Execute(
            "UPDATE place_adjustment SET withdrawn_at = @at, withdrawn_by = @by WHERE id = @id AND withdrawn_at IS NULL",
            new { id, by, at = Iso(at) }) == 1;

    public static PlaceAdjustment? Find(LanternStore store, long id) =>
        store.Connection.QueryFirstOrDefault<PlaceAdjustment>(
            $"SELECT {Columns} FROM place_adjustment WHERE id = @id", new { id });

    public static IReadOnlyList<PlaceAdjustment> List(LanternStore store, string? force, bool includeWithdrawn) =>
        store.Connection.Query<PlaceAdjustment>(
            $"SELECT {Columns} FROM place_adjustment " +
            "WHERE (@force IS NULL OR force = @force) AND (@all OR withdrawn_at IS NULL) ORDER BY id",
            new { force, all = includeWithdrawn }).AsList();

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
