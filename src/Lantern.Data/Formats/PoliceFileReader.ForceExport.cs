using System.Globalization;
using Lantern.Core.Geography;
using Lantern.Core.Time;
using static Lantern.Data.Formats.PoliceColumns;

namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
    private void ReadForceExport(IRowSink sink)
    {
        string? reference = Text(FxReference);
        if (reference is null)
        {
            RejectRequired(sink, ForceExport[FxReference]);
            return;
        }

        string? force = Pooled(FxForce);
        if (force is null)
        {
            RejectRequired(sink, ForceExport[FxForce]);
            return;
        }

        string? slug = Slug(force);
        if (slug is null)
        {
            Reject(sink, ForceExport[FxForce], "not a force name or slug: " + Quote(force));
            return;
        }

        string? offenceCode = null;
        ReadOnlySpan<char> offenceText = Field(FxOffenceCode);
        if (!IsBlank(offenceText))
        {
            offenceCode = FieldParsers.NormaliseOffenceCode(offenceText);
            if (offenceCode is null)
            {
                Reject(sink, ForceExport[FxOffenceCode], "not a Home Office offence code (expected NNN/NN such as 008/01): " + Quote(offenceText)
                    + FieldParsers.OffenceCodeHint(offenceText));
                return;
            }
        }

        string? categoryRaw = Pooled(FxCrimeType);
        if (categoryRaw is null)
        {
            RejectRequired(sink, ForceExport[FxCrimeType]);
            return;
        }

        if (!TryReadLocalTime(sink, FxFrom, required: true, out DateTime? from)
            || !TryReadLocalTime(sink, FxTo, required: false, out DateTime? to))
        {
            return;
        }

        if (to < from)
        {
            Reject(sink, ForceExport[FxTo], string.Create(
                CultureInfo.InvariantCulture, $"before Committed from ({from:yyyy-MM-dd HH:mm:ss}): {Quote(Field(FxTo))}"));
            return;
        }

        if (!TryReadLocation(sink, FxEasting, FxNorthing, FxLongitude, FxLatitude, out BngPoint? point, out double? lon, out double? lat))
        {
            return;
        }

        CrimeRecord r = _crimes[Slot];
        DateTime committedFrom = from!.Value; // required: TryReadLocalTime rejected the row when blank
        r.Month = new YearMonth(committedFrom.Year, committedFrom.Month);
        r.CrimeId = reference;
        r.ForceSlug = slug;
        r.ReportedBy = force;
        r.FallsWithin = null;
        r.Longitude = lon;
        r.Latitude = lat;
        r.Easting = point?.Easting;
        r.Northing = point?.Northing;
        r.Location = Pooled(FxLocation);
        r.LsoaCode = Pooled(FxLsoaCode);
        r.LsoaName = null;
        r.CategoryRaw = categoryRaw;
        r.Category = MapCategory(categoryRaw);
        r.OutcomeRaw = Pooled(FxOutcome);
        r.Outcome = MapOutcome(r.OutcomeRaw);
        r.Context = null;
        r.OffenceCode = offenceCode;
        r.CommittedFrom = committedFrom;
        r.CommittedTo = to;
        Accept(sink, RowType.Crime);
    }

    // A record with no location (an online crime, a place not known) is kept, like data.police.uk's "No location": it
    // counts in totals and is left out of place analysis. Easting/Northing win when both pairs are given; a missing WGS84
    // pair is derived so both are always set.
    private bool TryReadLocation(IRowSink sink, int eastingColumn, int northingColumn, int lonColumn, int latColumn,
        out BngPoint? point, out double? lon, out double? lat)
    {
        point = null;
        lon = null;
        lat = null;
        if (!TryReadEastingNorthing(sink, eastingColumn, northingColumn, out BngPoint? bng)
            || !TryReadLonLat(sink, lonColumn, latColumn, out lon, out lat))
        {
            return false;
        }

        point = bng ?? (lon is { } x && lat is { } y ? (_converter is null ? _projector.ToBng(x, y) : _converter.ToProjected(x, y)) : null);
        if (point is { } p && lon is null)
        {
            (double wLon, double wLat) = _converter is null ? _projector.ToWgs84(p) : _converter.ToWgs84(p);
            lon = wLon;
            lat = wLat;
        }

        return true;
    }

    private bool TryReadLocalTime(IRowSink sink, int column, bool required, out DateTime? value)
    {
        value = null;
        ReadOnlySpan<char> text = Field(column);
        if (IsBlank(text))
        {
            if (required)
            {
                RejectRequired(sink, PoliceColumns.For(Kind)[column]);
                return false;
            }

            return true;
        }

        string name = PoliceColumns.For(Kind)[column];
        if (!FieldParsers.TryParseLocalDateTime(text, out DateTime parsed) || parsed.Year is < 1900 or > 2999)
        {
            Reject(sink, name, HasOffset(text) && FieldParsers.TryParseUtc(text, out _)
                ? "a time with an offset or Z is not taken: write the UK wall-clock time the records system shows: " + Quote(text)
                : "not a local date-time (expected yyyy-MM-ddTHH:mm[:ss], yyyy-MM-dd HH:mm[:ss] or dd/MM/yyyy HH:mm[:ss]): " + Quote(text));
            return false;
        }

        if (IsFuture(sink, name, DateOnly.FromDateTime(parsed), text))
        {
            return false;
        }

        if (_converter is null && !UkTime.TryFromLocal(parsed, out _))
        {
            // A UK force's time in the hour the clocks went forward never happened; as for stop-and-search exports.
            Reject(sink, name, "not a UK time: the clocks went forward over it (01:00 to 02:00 on the last Sunday of March): " + Quote(text));
            return false;
        }

        value = parsed;
        return true;
    }

    private bool TryReadEastingNorthing(IRowSink sink, int eastingColumn, int northingColumn, out BngPoint? point)
    {
        point = null;
        string[] names = PoliceColumns.For(Kind);
        ReadOnlySpan<char> eText = Field(eastingColumn);
        ReadOnlySpan<char> nText = Field(northingColumn);
        bool eBlank = IsBlank(eText);
        bool nBlank = IsBlank(nText);
        if (eBlank && nBlank)
        {
            return true;
        }

        if (nBlank)
        {
            Reject(sink, names[northingColumn], "Easting given without Northing");
            return false;
        }

        if (eBlank)
        {
            Reject(sink, names[eastingColumn], "Northing given without Easting");
            return false;
        }

        if (!FieldParsers.TryParseDouble(eText, out double e))
        {
            Reject(sink, names[eastingColumn], "not a number: " + Quote(eText));
            return false;
        }

        if (!FieldParsers.TryParseDouble(nText, out double n))
        {
            Reject(sink, names[northingColumn], "not a number: " + Quote(nText));
            return false;
        }

        var p = new BngPoint(e, n);
        if (_converter is not null)
        {
            // Another system: the point must fall where the system is meant for use, by inverse projection (catches zeros,
            // swapped columns and a wrong --crs).
            if (!Crs.Contains(p, _converter))
            {
                Reject(sink, names[eastingColumn], string.Create(CultureInfo.InvariantCulture,
                    $"easting {e}, northing {n} is outside the area of {Crs} (longitude {Crs.MinLongitude} to {Crs.MaxLongitude}, latitude {Crs.MinLatitude} to {Crs.MaxLatitude})"));
                return false;
            }

            point = p;
            return true;
        }

        if (!GreatBritain.Contains(p))
        {
            bool eOut = e is < -100_000 or > 700_000;
            Reject(sink, names[eOut ? eastingColumn : northingColumn], string.Create(
                CultureInfo.InvariantCulture, $"easting {e}, northing {n} is outside the British National Grid (0 to 700000, 0 to 1300000)"));
            return false;
        }

        // Inside the grid's box is not inside Great Britain: the grid's origin (0, 0) is sea south-west of Scilly, and a
        // zero or a truncated figure is what goes wrong in real exports. The same box as for longitude and latitude.
        (double lon, double lat) = _projector.ToWgs84(p);
        if (!GreatBritain.Contains(lon, lat))
        {
            Reject(sink, names[eastingColumn], string.Create(CultureInfo.InvariantCulture,
                $"easting {e}, northing {n} is outside Great Britain (longitude {lon:0.###}, latitude {lat:0.###}; the box is longitude {GreatBritain.MinLongitude} to {GreatBritain.MaxLongitude}, latitude {GreatBritain.MinLatitude} to {GreatBritain.MaxLatitude})"));
            return false;
        }

        point = p;
        return true;
    }
}
