using Lantern.Core.Crimes;
using Lantern.Core.Time;

namespace Lantern.Data.Formats;

/// <summary>A street-file row or a force-export row.</summary>
/// <remarks>
/// Mutable and reused by <see cref="PoliceFileReader"/> between rows: a sink must copy what it keeps during the
/// call. Strings may be shared (interned per reader) between rows.
/// </remarks>
internal sealed class CrimeRecord
{
    /// <summary>The month of the record (the file's "Month", or the month of <see cref="CommittedFrom"/>).</summary>
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

    /// <summary>The crime type as given.</summary>
    public string CategoryRaw { get; set; } = string.Empty;

    /// <summary>The canonical category; <see cref="CrimeCategory.Unknown"/> when the raw text is not recognised.</summary>
    public CrimeCategory Category { get; set; }

    /// <summary>The outcome as given; null when blank.</summary>
    public string? OutcomeRaw { get; set; }

    /// <summary>The canonical outcome.</summary>
    public OutcomeCategory Outcome { get; set; }

    /// <summary>The context column; null when blank.</summary>
    public string? Context { get; set; }

    /// <summary>Force export only: Home Office offence code normalised to <c>NNN/NN</c>.</summary>
    public string? OffenceCode { get; set; }

    /// <summary>Force export only: start of the committed window, local wall-clock time (Europe/London), kind Unspecified.</summary>
    public DateTime? CommittedFrom { get; set; }

    /// <summary>Force export only: end of the committed window, local wall-clock time (Europe/London), kind Unspecified.</summary>
    public DateTime? CommittedTo { get; set; }
}
