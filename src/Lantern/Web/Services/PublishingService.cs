using System.Globalization;
using Lantern.Core.Geography;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>Publishes a computed tasking list: the places, their plans and reasons, as a versioned record.</summary>
internal static class PublishingService
{
    public static TaskingPublication Publish(LanternStore store, TaskingPage page, string by, DateTimeOffset at, string? note, string? client)
    {
        var geometry = new CellGeometry(page.Grid);
        Func<CellId, string?>? display = page.AreaOf ?? Cli.AnalysisInputs.Finest(page.Areas);
        var places = page.List.Places.Select(p =>
        {
            (double lon, double lat) = geometry.Centre(p.Cell);
            return new PublishedPlace(0, p.Rank, page.Grid.CellName(p.Cell), p.Cell.Column, p.Cell.Row, p.Centre.Easting, p.Centre.Northing, lat, lon,
                p.AreaCode ?? display?.Invoke(p.Cell), p.Harm, p.Crimes, p.Plan.VisitsPerDay, p.Plan.VisitMinutes,
                string.Join(',', p.Plan.VisitTimes.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture))), p.Reason);
        }).ToList();
        return TaskingPublication.Publish(store, page.Force, page.List.Options.Date, page.RunId, page.Grid.CellSize, by, at, page.ParametersJson,
            string.IsNullOrWhiteSpace(note) ? null : note.Trim(), places, client);
    }

    /// <summary>
    /// Visits and minutes per place against the plan: the place's visits that day on every version of the force's list for
    /// the day (a list published again does not start its places' dosage afresh; PatrolVisit.ForPublication).
    /// </summary>
    public static IReadOnlyList<PlaceDosage> Dosage(LanternStore store, long publicationId)
    {
        var visits = PatrolVisit.ForPublication(store, publicationId).ToLookup(v => v.Cell, StringComparer.Ordinal);
        return [.. TaskingPublication.Places(store, publicationId).Select(p =>
        {
            var done = visits[p.Cell].ToList();
            return new PlaceDosage(p.Rank, p.Cell, p.AreaCode, p.PlannedVisits, p.PlannedVisits * p.VisitMinutes, done.Count(v => v.LeftAt is not null),
                done.Count(v => v.LeftAt is null), Math.Round(done.Sum(v => v.Minutes), 1));
        })];
    }
}
