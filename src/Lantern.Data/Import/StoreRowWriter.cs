using System.Globalization;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Import;

/// <summary>
/// Writes one file's parsed rows into the store inside the import's transaction, and counts what happened to them.
/// Each dialect writes its own way (SQLite: a prepared insert per row; PostgreSQL: binary COPY into a staging table,
/// then one set-based merge); the rules, the columns and the counts are the same: a row whose (force, month, row key)
/// is held already is "present", a force-export crime that replaces its earlier version is "updated".
/// </summary>
internal abstract class StoreRowWriter : IRowSink, IDisposable
{
    /// <summary>The columns a crime row writes, in the order both dialects write them.</summary>
    private protected static readonly string[] CrimeColumns =
        ["row_key", "source_file_id", "line", "kind", "force", "month", "crime_id", "reported_by_label", "falls_within_label", "longitude",
         "latitude", "easting", "northing", "location_label", "lsoa_code_label", "lsoa_name_label", "category", "category_raw_label", "outcome",
         "outcome_raw_label", "context_label", "offence_code", "committed_from", "committed_to"];

    private protected static readonly string[] OutcomeColumns =
        ["row_key", "source_file_id", "line", "force", "month", "crime_id", "reported_by_label", "falls_within_label", "longitude", "latitude",
         "easting", "northing", "location_label", "lsoa_code_label", "lsoa_name_label", "outcome", "outcome_raw_label"];

    private protected static readonly string[] SearchColumns =
        ["row_key", "source_file_id", "line", "force", "month", "searched_at", "type", "type_raw_label", "part_of_operation", "operation_label",
         "longitude", "latitude", "easting", "northing", "gender", "gender_raw_label", "age_range", "age_range_raw_label",
         "self_defined_ethnic_group", "self_defined_ethnicity_raw_label", "officer_defined_ethnic_group", "officer_defined_ethnicity_raw_label",
         "legislation", "legislation_raw_label", "object_of_search", "object_of_search_raw_label", "outcome", "outcome_raw_label", "outcome_linked",
         "removal_more_than_outer", "search_id", "officer_id_label", "team_label", "body_worn_video", "body_worn_video_reason_label",
         "s60_authorisation_label", "grounds"];

    private protected static readonly string[] RejectColumns = ["source_file_id", "line", "field", "reason", "raw"];

    private readonly Dictionary<string, long> _rejectReasons = new(StringComparer.Ordinal);

    public long Imported { get; private protected set; }

    public long Present { get; private protected set; }

    /// <summary>Force-export crimes and searches that replaced an earlier version of themselves (same force and crime or search reference).</summary>
    public long Updated { get; private protected set; }

    public long Rejected { get; private set; }

    public IReadOnlyDictionary<string, long> RejectReasons => _rejectReasons;

    public abstract void Crime(long line, UInt128 key, CrimeRecord record);

    public abstract void Outcome(long line, UInt128 key, OutcomeRecord record);

    public abstract void StopSearch(long line, UInt128 key, StopSearchRecord record);

    public void Reject(RowReject reject)
    {
        WriteReject(reject);
        Rejected++;
        string reason = $"{reject.Field}: {RejectReasonKind(reject.Reason)}";
        _rejectReasons[reason] = _rejectReasons.GetValueOrDefault(reason) + 1;
    }

    /// <summary>Called once after the last row, before the counts are read: a writer that stages rows stores them here.</summary>
    public virtual void Complete()
    {
    }

    public abstract void Dispose();

    /// <summary>A reason without its quoted value, so that "'abc' is not a number" and "'x' is not a number" count together.</summary>
    internal static string RejectReasonKind(string reason)
    {
        var sb = new System.Text.StringBuilder(reason.Length);
        bool quoted = false;
        foreach (char c in reason)
        {
            if (c == '\'')
            {
                if (!quoted)
                {
                    sb.Append('…');
                }

                quoted = !quoted;
                continue;
            }

            if (!quoted)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private protected abstract void WriteReject(RowReject reject);

    /// <summary>Force-export times as stored: local wall-clock time, to the second, as the export gave it.</summary>
    private protected static string? LocalTime(DateTime? t) => t?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// A search's time as stored (UTC, ISO-8601) and its month: the month of its UK date, which is how data.police.uk
    /// files searches (the July file of a summer begins at 23:00 UTC on 30 June, midnight BST).
    /// </summary>
    private protected static (string At, int Month) SearchTime(StopSearchRecord record)
    {
        DateTimeOffset utc = record.Date.ToUniversalTime();
        return (utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), UkTime.MonthOf(utc).Index);
    }

    /// <summary>The crime's kind: a force-export row carries times, a street row does not.</summary>
    private protected static SourceKind KindOf(CrimeRecord record) => record.CommittedFrom is null ? SourceKind.Street : SourceKind.ForceExport;

    /// <summary>A force export's crime reference names the crime: another row with the same reference is another version of it.</summary>
    private protected static bool IsVersioned(CrimeRecord record) => record.CommittedFrom is not null && record.CrimeId is not null;

    /// <summary>A stop-and-search export's search reference names the search in the same way.</summary>
    private protected static bool IsVersioned(StopSearchRecord record) => record.SearchId is not null;
}
