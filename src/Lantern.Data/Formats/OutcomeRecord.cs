using Lantern.Core.Crimes;
using Lantern.Core.Time;

namespace Lantern.Data.Formats;

/// <summary>A data.police.uk outcomes-file row.</summary>
/// <remarks>Mutable and reused by <see cref="PoliceFileReader"/> between rows: a sink must copy what it keeps during the call.</remarks>
internal sealed class OutcomeRecord
{
    /// <summary>The month of the outcome.</summary>
    public YearMonth Month { get; set; }

    /// <summary>The crime id; null when blank.</summary>
    public string? CrimeId { get; set; }

    /// <summary>The force slug, from "Falls within"/"Reported by", else from the file name.</summary>
    public string ForceSlug { get; set; } = string.Empty;

    /// <summary>"Reported by" as given.</summary>
    public string? ReportedBy { get; set; }

    /// <summary>"Falls within" as given.</summary>
    public string? FallsWithin { get; set; }

    /// <summary>WGS84 longitude in degrees; null when no location.</summary>
    public double? Longitude { get; set; }

    /// <summary>WGS84 latitude in degrees; null when no location.</summary>
    public double? Latitude { get; set; }

    /// <summary>British National Grid easting in metres.</summary>
    public double? Easting { get; set; }

    /// <summary>British National Grid northing in metres.</summary>
    public double? Northing { get; set; }

    /// <summary>The anonymised location text.</summary>
    public string? Location { get; set; }

    /// <summary>The LSOA code; null when blank.</summary>
    public string? LsoaCode { get; set; }

    /// <summary>The LSOA name; null when blank.</summary>
    public string? LsoaName { get; set; }

    /// <summary>The outcome type as given.</summary>
    public string OutcomeRaw { get; set; } = string.Empty;

    /// <summary>The canonical outcome.</summary>
    public OutcomeCategory Outcome { get; set; }
}
