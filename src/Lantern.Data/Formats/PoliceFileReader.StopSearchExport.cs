using Lantern.Core.Geography;
using Lantern.Core.Time;
using static Lantern.Data.Formats.PoliceColumns;

namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
    // A row of a force's stop-and-search export (docs/formats.md): what data.police.uk publishes, with the search's
    // reference, exact place, officer, team, body-worn video, Section 60 authorisation and grounds.
    private void ReadStopSearchExport(IRowSink sink)
    {
        string? reference = Text(SxReference);
        if (reference is null)
        {
            RejectRequired(sink, StopSearchExport[SxReference]);
            return;
        }

        string? force = Pooled(SxForce);
        if (force is null)
        {
            RejectRequired(sink, StopSearchExport[SxForce]);
            return;
        }

        string? slug = Slug(force);
        if (slug is null)
        {
            Reject(sink, StopSearchExport[SxForce], "not a force name or slug: " + Quote(force));
            return;
        }

        if (!TryReadSearchDate(sink, out DateTimeOffset date)
            || !TryReadLocation(sink, SxEasting, SxNorthing, SxLongitude, SxLatitude, out BngPoint? point, out double? lon, out double? lat)
            || !TryReadFlag(sink, SxPartOfOperation, out bool? partOfOperation)
            || !TryReadFlag(sink, SxOutcomeLinked, out bool? outcomeLinked)
            || !TryReadFlag(sink, SxRemoval, out bool? removal)
            || !TryReadFlag(sink, SxBodyWornVideo, out bool? bodyWornVideo))
        {
            return;
        }

        StopSearchRecord r = _searches[Slot];
        FillSearch(r, s_export, date, lon, lat, point?.Easting, point?.Northing, partOfOperation, outcomeLinked, removal);
        r.ForceSlug = slug;
        r.SearchId = reference;
        r.OfficerId = Pooled(SxOfficer);
        r.Team = Pooled(SxTeam);
        r.BodyWornVideo = bodyWornVideo;
        r.BodyWornVideoReason = Pooled(SxBodyWornVideoReason);
        r.Section60Authorisation = Pooled(SxSection60);
        r.Grounds = Text(SxGrounds);
        Accept(sink, RowType.StopSearch);
    }

    // The search's time: UK wall-clock time without an offset (as the crime export), or an instant with one (as
    // data.police.uk writes it). A local time in the hour the clocks skip never happened and is rejected.
    private bool TryReadSearchDate(IRowSink sink, out DateTimeOffset date)
    {
        date = default;
        ReadOnlySpan<char> text = Field(SxDate);
        if (IsBlank(text))
        {
            RejectRequired(sink, StopSearchExport[SxDate]);
            return false;
        }

        if (FieldParsers.TryParseLocalDateTime(text, out DateTime local) && local.Year is >= 1900 and <= 2999)
        {
            if (UkTime.TryFromLocal(local, out date))
            {
                return !IsFuture(sink, StopSearchExport[SxDate], DateOnly.FromDateTime(local), text);
            }

            Reject(sink, StopSearchExport[SxDate], "not a UK time: the clocks went forward over it (01:00 to 02:00 on the last Sunday of March): " + Quote(text));
            return false;
        }

        if (HasOffset(text) && FieldParsers.TryParseUtc(text, out date) && date.Year is >= 1900 and <= 2999)
        {
            return !IsFuture(sink, StopSearchExport[SxDate], UkTime.DateOf(date), text);
        }

        Reject(sink, StopSearchExport[SxDate],
            "not a date-time (expected UK time yyyy-MM-ddTHH:mm[:ss] or yyyy-MM-dd HH:mm[:ss], or ISO 8601 with an offset such as 2024-07-01T13:45:00+01:00): " + Quote(text));
        return false;
    }

    // TryParseUtc takes a time without an offset as UTC; here such a time is UK time, so only one with an offset goes there.
    private static bool HasOffset(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> t = text.Trim();
        return t.EndsWith('Z') || t.EndsWith("z") || (t.Length > 6 && (t[^6] == '+' || t[^6] == '-') && t[^3] == ':');
    }
}
