namespace Lantern.Data.Formats;

/// <summary>
/// The columns of each file kind Lantern reads, in canonical order, as the header names them (matched ignoring
/// case and surrounding spaces). docs/formats.md describes each.
/// </summary>
internal static class PoliceColumns
{
    /// <summary>data.police.uk street files.</summary>
    public static readonly string[] Street =
    [
        "Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name",
        "Crime type", "Last outcome category", "Context",
    ];

    /// <summary>data.police.uk outcomes files.</summary>
    public static readonly string[] Outcomes =
    [
        "Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name",
        "Outcome type",
    ];

    /// <summary>data.police.uk stop-and-search files.</summary>
    public static readonly string[] StopAndSearch =
    [
        "Type", "Date", "Part of a policing operation", "Policing operation", "Latitude", "Longitude", "Gender", "Age range",
        "Self-defined ethnicity", "Officer-defined ethnicity", "Legislation", "Object of search", "Outcome",
        "Outcome linked to object of search", "Removal of more than just outer clothing",
    ];

    /// <summary>Lantern's force export (docs/formats.md).</summary>
    public static readonly string[] ForceExport =
    [
        "Crime reference", "Force", "Offence code", "Crime type", "Committed from", "Committed to", "Easting", "Northing",
        "Longitude", "Latitude", "Location", "LSOA code", "Outcome",
    ];

    /// <summary>Lantern's stop-and-search force export (docs/formats.md).</summary>
    public static readonly string[] StopSearchExport =
    [
        "Search reference", "Force", "Date", "Easting", "Northing", "Longitude", "Latitude", "Officer", "Team", "Type", "Legislation",
        "Object of search", "Outcome", "Outcome linked to object of search", "Self-defined ethnicity", "Officer-defined ethnicity", "Gender",
        "Age range", "Body-worn video", "Body-worn video reason", "Section 60 authorisation", "Grounds", "Part of a policing operation",
        "Policing operation", "Removal of more than just outer clothing",
    ];

    /// <summary>The Vancouver Police Department's GeoDASH export, as it comes (docs/formats.md).</summary>
    public static readonly string[] VpdGeoDash = ["TYPE", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "HUNDRED_BLOCK", "NEIGHBOURHOOD", "X", "Y"];

    // Canonical indexes, one set per kind: [street/outcomes]
    internal const int CrimeId = 0;
    internal const int Month = 1;
    internal const int ReportedBy = 2;
    internal const int FallsWithin = 3;
    internal const int Longitude = 4;
    internal const int Latitude = 5;
    internal const int Location = 6;
    internal const int LsoaCode = 7;
    internal const int LsoaName = 8;
    internal const int CrimeType = 9;
    internal const int OutcomeType = 9;
    internal const int LastOutcome = 10;
    internal const int Context = 11;

    // [stop-and-search]
    internal const int SsType = 0;
    internal const int SsDate = 1;
    internal const int SsPartOfOperation = 2;
    internal const int SsOperation = 3;
    internal const int SsLatitude = 4;
    internal const int SsLongitude = 5;
    internal const int SsGender = 6;
    internal const int SsAgeRange = 7;
    internal const int SsSelfDefined = 8;
    internal const int SsOfficerDefined = 9;
    internal const int SsLegislation = 10;
    internal const int SsObject = 11;
    internal const int SsOutcome = 12;
    internal const int SsOutcomeLinked = 13;
    internal const int SsRemoval = 14;

    // [force export]
    internal const int FxReference = 0;
    internal const int FxForce = 1;
    internal const int FxOffenceCode = 2;
    internal const int FxCrimeType = 3;
    internal const int FxFrom = 4;
    internal const int FxTo = 5;
    internal const int FxEasting = 6;
    internal const int FxNorthing = 7;
    internal const int FxLongitude = 8;
    internal const int FxLatitude = 9;
    internal const int FxLocation = 10;
    internal const int FxLsoaCode = 11;
    internal const int FxOutcome = 12;

    // [stop-and-search force export]
    internal const int SxReference = 0;
    internal const int SxForce = 1;
    internal const int SxDate = 2;
    internal const int SxEasting = 3;
    internal const int SxNorthing = 4;
    internal const int SxLongitude = 5;
    internal const int SxLatitude = 6;
    internal const int SxOfficer = 7;
    internal const int SxTeam = 8;
    internal const int SxType = 9;
    internal const int SxLegislation = 10;
    internal const int SxObject = 11;
    internal const int SxOutcome = 12;
    internal const int SxOutcomeLinked = 13;
    internal const int SxSelfDefined = 14;
    internal const int SxOfficerDefined = 15;
    internal const int SxGender = 16;
    internal const int SxAgeRange = 17;
    internal const int SxBodyWornVideo = 18;
    internal const int SxBodyWornVideoReason = 19;
    internal const int SxSection60 = 20;
    internal const int SxGrounds = 21;
    internal const int SxPartOfOperation = 22;
    internal const int SxOperation = 23;
    internal const int SxRemoval = 24;

    // [VPD GeoDASH]
    internal const int VpdType = 0;
    internal const int VpdYear = 1;
    internal const int VpdMonth = 2;
    internal const int VpdDay = 3;
    internal const int VpdHour = 4;
    internal const int VpdMinute = 5;
    internal const int VpdHundredBlock = 6;
    internal const int VpdNeighbourhood = 7;
    internal const int VpdX = 8;
    internal const int VpdY = 9;

    /// <summary>The canonical column names of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The names, in canonical order.</returns>
    public static string[] For(SourceKind kind) => kind switch
    {
        SourceKind.Street => Street,
        SourceKind.Outcomes => Outcomes,
        SourceKind.StopAndSearch => StopAndSearch,
        SourceKind.ForceExport => ForceExport,
        SourceKind.StopSearchExport => StopSearchExport,
        SourceKind.VpdGeoDash => VpdGeoDash,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a file kind."),
    };

    /// <summary>The columns a header of the kind must have (besides a location pair for a force export).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Canonical indexes.</returns>
    public static int[] Required(SourceKind kind) => kind switch
    {
        SourceKind.Street => [Month, CrimeType],
        SourceKind.Outcomes => [Month, OutcomeType],
        SourceKind.StopAndSearch => [SsDate],
        SourceKind.ForceExport => [FxReference, FxForce, FxCrimeType, FxFrom],
        SourceKind.StopSearchExport => [SxReference, SxForce, SxDate],
        SourceKind.VpdGeoDash => [VpdType, VpdYear, VpdMonth, VpdDay, VpdHour, VpdMinute, VpdHundredBlock, VpdX, VpdY],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a file kind."),
    };

    /// <summary>Column pairs that must both be present or both absent: (longitude, latitude) or (easting, northing).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Pairs of canonical indexes.</returns>
    public static (int First, int Second)[] Pairs(SourceKind kind) => kind switch
    {
        SourceKind.Street or SourceKind.Outcomes => [(Longitude, Latitude)],
        SourceKind.StopAndSearch => [(SsLongitude, SsLatitude)],
        SourceKind.ForceExport => [(FxEasting, FxNorthing), (FxLongitude, FxLatitude)],
        SourceKind.StopSearchExport => [(SxEasting, SxNorthing), (SxLongitude, SxLatitude)],
        SourceKind.VpdGeoDash => [(VpdX, VpdY)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a file kind."),
    };
}
