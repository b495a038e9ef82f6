using Lantern.Core.Time;

namespace Lantern.Data.Formats;

/// <summary>
/// What a street-file row, an outcomes row and a force-export row have in common: the month, the crime id, the force
/// and where it happened. <see cref="CrimeRecord"/> and <see cref="OutcomeRecord"/> add their own fields.
/// </summary>
/// <remarks>
/// Mutable and reused by <see cref="PoliceFileReader"/> between rows: a sink must copy what it keeps during the
/// call. Strings may be shared (interned per reader) between rows.
/// </remarks>
internal abstract class LocatedRecord
{
    /// <summary>The month of the record (the file's "Month", or the month a force-export crime was committed).</summary>
    public YearMonth Month { get; set; }

    /// <summary>The crime id; null when blank (anti-social behaviour).</summary>
    public string? CrimeId { get; set; }

    /// <summary>The force slug, from "Falls within"/"Reported by" (or "Force"), else from the file name.</summary>
    public string ForceSlug { get; set; } = string.Empty;

    /// <summary>"Reported by" as given.</summary>
    public string? ReportedBy { get; set; }

    /// <summary>"Falls within" as given.</summary>
    public string? FallsWithin { get; set; }

    /// <summary>WGS84 longitude in degrees as given; null when the row has no location.</summary>
    public double? Longitude { get; set; }

    /// <summary>WGS84 latitude in degrees as given; null when the row has no location.</summary>
    public double? Latitude { get; set; }

    /// <summary>British National Grid easting in metres (projected on the way in or given by a force export).</summary>
    public double? Easting { get; set; }

    /// <summary>British National Grid northing in metres (projected on the way in or given by a force export).</summary>
    public double? Northing { get; set; }

    /// <summary>The anonymised location text, e.g. "On or near Oak Street" or "No location".</summary>
    public string? Location { get; set; }

    /// <summary>The LSOA code; null when blank.</summary>
    public string? LsoaCode { get; set; }

    /// <summary>The LSOA name; null when blank.</summary>
    public string? LsoaName { get; set; }

    /// <summary>Copies the common fields into <paramref name="target"/>.</summary>
    public void CopyLocatedTo(LocatedRecord target)
    {
        target.Month = Month;
        target.CrimeId = CrimeId;
        target.ForceSlug = ForceSlug;
        target.ReportedBy = ReportedBy;
        target.FallsWithin = FallsWithin;
        target.Longitude = Longitude;
        target.Latitude = Latitude;
        target.Easting = Easting;
        target.Northing = Northing;
        target.Location = Location;
        target.LsoaCode = LsoaCode;
        target.LsoaName = LsoaName;
    }
}
