using System.Globalization;
using System.Text;
using Lantern.Core.Crimes;
using Lantern.Core.Tasking;

namespace Lantern.Data.Formats.Exports;

/// <summary>
/// Writes a tasking list as CSV: invariant culture, a header row, one row per place in list order, with the recorded
/// run's number, BNG x/y and WGS84 lon/lat of the cell centre, the cell id, area code, scores, trend, patrol plan and the
/// reason.
/// </summary>
internal static class TaskingCsvWriter
{
    private static readonly string[] s_header =
    [
        ExportText.Run, "rank", "source", "cell_id", "x", "y", "lon", "lat", "area_code", "harm", "harm_rank", "crimes", "crimes_by_category",
        "gi_z", "gi_q", "gi_class", "trend", "crimes_with_harm_now", "crimes_with_harm_before", "change_percent", "trend_p",
        "visits_per_day", "visit_minutes", "visit_times", "peak_start", "peak_hours", "peak_source", "patrol_advice", "reason",
    ];

    /// <summary>Writes the CSV.</summary>
    /// <param name="list">The tasking list.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="areas">Area codes to add after <c>area_code</c>, one column per level; null for none.</param>
    /// <param name="run">The recorded run the list is the result of, written on every row (see <see cref="ExportText.Run"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(TaskingList list, TextWriter writer, AreaCodes? areas, long run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(writer);
        var geometry = new CellGeometry(list.Options.Grid);
        var line = new StringBuilder();
        areas ??= AreaCodes.None;
        foreach (string h in s_header)
        {
            line.Field(h);
            if (h == "area_code")
            {
                foreach (var (level, _) in areas.Levels)
                {
                    line.Field(AreaCodes.Column(level));
                }
            }
        }

        await writer.WriteLineAsync(line, cancellationToken);
        foreach (TaskingPlace p in list.Places)
        {
            line.Clear();
            (double lon, double lat) = geometry.Centre(p.Cell);
            line.Field(run).Field(p.Rank).Field(p.Source == PlaceSource.Ranked ? "ranked" : "added by analyst")
                .Field(list.Options.Grid.CellName(p.Cell)).Field(p.Centre.Easting, "0.##").Field(p.Centre.Northing, "0.##")
                .Field(lon, "0.######").Field(lat, "0.######").Field(p.AreaCode);
            foreach (var (_, codeOf) in areas.Levels)
            {
                line.Field(codeOf(p.Cell));
            }

            line.Field(p.Harm, "0.####").Field(p.HarmRank > 0 ? p.HarmRank : null).Field(p.Crimes).Field(Categories(p))
                .Field(p.GiStar?.Z, "0.0000").Field(p.GiStar is { } g ? ExportText.P(g.AdjustedP) : null)
                .Field(p.GiStar is { IsHotSpot: true } ? "hot" : p.GiStar is { IsColdSpot: true } ? "cold" : "")
                .Field(Trend(p.Trend.Direction)).Field(p.Trend.Current).Field(p.Trend.Previous)
                .Field(p.Trend.ChangePercent, "0").Field(p.Trend.PValue is { } tp ? ExportText.P(tp) : null)
                .Field(p.Plan.VisitsPerDay).Field(p.Plan.VisitMinutes)
                .Field(string.Join(' ', p.Plan.VisitTimes.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture))))
                .Field(p.Plan.PeakStart?.ToString("HH:mm", CultureInfo.InvariantCulture)).Field(p.Plan.PeakHours)
                .Field(PeakSource(p.Plan.Source)).Field(p.Plan.Advice).Field(p.Reason);
            await writer.WriteLineAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>"violent-crime 4; robbery 2", most harm first.</summary>
    internal static string Categories(TaskingPlace place) =>
        string.Join("; ", place.ByCategory.Select(t => string.Create(CultureInfo.InvariantCulture, $"{CrimeCategories.Slug(t.Category)} {t.Crimes}")));

    internal static string Trend(TrendDirection d) => d switch
    {
        TrendDirection.Rising => "rising",
        TrendDirection.Falling => "falling",
        TrendDirection.NoClearChange => "no clear change",
        _ => "not available",
    };

    internal static string PeakSource(PeakHoursSource s) => s switch
    {
        PeakHoursSource.Place => "place",
        PeakHoursSource.Area => "area",
        PeakHoursSource.StudyArea => "study area",
        _ => "none",
    };
}
