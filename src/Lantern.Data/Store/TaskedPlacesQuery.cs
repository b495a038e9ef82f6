using System.Data;
using System.Globalization;
using Dapper;
using Lantern.Core.Geography;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Data.Store;

/// <summary>
/// Streams a force's searches against the taskings it published (the newest version of each day, as officers saw it):
/// each search is placed on its UK day's grid, inside or outside the tasked cells.
/// </summary>
internal static class TaskedPlacesQuery
{
    /// <summary>Counts the selected searches into <paramref name="builder"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="selection">Force and months (the month as data.police.uk files a search); powers and windows are not used.</param>
    /// <param name="builder">Receives each search.</param>
    /// <returns>The searches read, and how many UK days of the months (UK time) have a published tasking.</returns>
    public static (long Read, int PublishedDays) Load(LanternStore store, StopSearchSelection selection, TaskedPlacesBuilder builder)
    {
        // Searches are held on British National Grid whatever the force; a force whose places are in another system
        // (ForceCrs) publishes cells of that system's grid, so its searches are placed from their longitude and latitude.
        ProjectedCrs crs = ForceCrs.Of(store, selection.Force);
        CrsConverter? toForceGrid = crs.IsBritishNationalGrid ? null : new CrsConverter(crs);
        Dictionary<DateOnly, (GridSpec Grid, HashSet<CellId> Cells)> days = Days(store, selection.Force, crs);
        long read = 0;
        using (IDataReader r = store.Connection.ExecuteReader(
            (toForceGrid is null ? "SELECT searched_at, easting, northing, " : "SELECT searched_at, longitude, latitude, ") +
            "CAST(outcome AS bigint), " +
            "CAST(CASE WHEN outcome_linked THEN 2 WHEN NOT outcome_linked THEN 1 ELSE 0 END AS bigint) FROM stop_search " +
            "WHERE force = @force AND month BETWEEN @from AND @to",
            new { force = selection.Force, from = selection.From.Index, to = selection.To.Index }))
        {
            while (r.Read())
            {
                read++;
                DateTimeOffset at = DateTimeOffset.ParseExact(r.GetString(0), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal);
                TaskedPlacement placement;
                if (!days.TryGetValue(UkTime.DateOf(at), out (GridSpec Grid, HashSet<CellId> Cells) day))
                {
                    placement = TaskedPlacement.NoPublication;
                }
                else if (r.IsDBNull(1) || r.IsDBNull(2))
                {
                    placement = TaskedPlacement.NoCoordinates;
                }
                else
                {
                    (double x, double y) = (r.GetDouble(1), r.GetDouble(2));
                    if (toForceGrid is not null)
                    {
                        BngPoint p = toForceGrid.ToProjected(x, y);
                        (x, y) = (p.Easting, p.Northing);
                    }

                    placement = day.Cells.Contains(day.Grid.CellOf(x, y)) ? TaskedPlacement.Inside : TaskedPlacement.Outside;
                }

                long linked = r.GetInt64(4);
                builder.Add(placement, (SearchOutcome)r.GetInt64(3), linked == 0 ? null : linked == 2);
            }
        }

        DateOnly first = selection.From.FirstDay, last = selection.To.LastDay;
        return (read, days.Keys.Count(d => d >= first && d <= last));
    }

    // The newest version of each day the force published, with its grid and tasked cells; a version with no places
    // still counts as published (every search that day is outside).
    private static Dictionary<DateOnly, (GridSpec Grid, HashSet<CellId> Cells)> Days(LanternStore store, string force, ProjectedCrs crs)
    {
        var days = new Dictionary<DateOnly, (GridSpec, HashSet<CellId>)>();
        foreach ((string day, long cellSize, long? column, long? row) in store.Connection.Query<(string, long, long?, long?)>(
            "SELECT p.day, p.cell_size, c.cell_column, c.cell_row FROM tasking_publication p " +
            "LEFT JOIN tasking_publication_place c ON c.publication_id = p.id " +
            "WHERE p.force = @force AND p.version = (SELECT max(q.version) FROM tasking_publication q WHERE q.force = p.force AND q.day = p.day)",
            new { force }))
        {
            DateOnly date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!days.TryGetValue(date, out (GridSpec Grid, HashSet<CellId> Cells) entry))
            {
                entry = (new GridSpec(checked((int)cellSize), crs.Epsg), []);
                days[date] = entry;
            }

            if (column is { } c && row is { } w)
            {
                entry.Cells.Add(new CellId(checked((int)c), checked((int)w)));
            }
        }

        return days;
    }
}
