using Lantern.Core.StopSearch;

namespace Lantern.Data.Formats;

/// <summary>A data.police.uk stop-and-search row, or a row of a force's stop-and-search export. Raw strings are kept beside canonical values (DOMAIN.md §5).</summary>
/// <remarks>Mutable and reused by <see cref="PoliceFileReader"/> between rows: a sink must copy what it keeps during the call.</remarks>
internal sealed class StopSearchRecord
{
    /// <summary>"Type" as given.</summary>
    public string TypeRaw { get; set; } = string.Empty;

    /// <summary>The canonical type.</summary>
    public SearchType Type { get; set; }

    /// <summary>When the search took place, in UTC (offset zero).</summary>
    public DateTimeOffset Date { get; set; }

    /// <summary>"Part of a policing operation"; null when blank.</summary>
    public bool? PartOfPolicingOperation { get; set; }

    /// <summary>"Policing operation"; null when blank.</summary>
    public string? PolicingOperation { get; set; }

    /// <summary>WGS84 longitude in degrees; null when no location.</summary>
    public double? Longitude { get; set; }

    /// <summary>WGS84 latitude in degrees; null when no location.</summary>
    public double? Latitude { get; set; }

    /// <summary>British National Grid easting in metres.</summary>
    public double? Easting { get; set; }

    /// <summary>British National Grid northing in metres.</summary>
    public double? Northing { get; set; }

    /// <summary>"Gender" as given; null when blank.</summary>
    public string? GenderRaw { get; set; }

    /// <summary>The canonical gender.</summary>
    public Gender Gender { get; set; }

    /// <summary>"Age range" as given; null when blank.</summary>
    public string? AgeRangeRaw { get; set; }

    /// <summary>The canonical age range.</summary>
    public AgeRange AgeRange { get; set; }

    /// <summary>"Self-defined ethnicity" as given; null when blank.</summary>
    public string? SelfDefinedEthnicityRaw { get; set; }

    /// <summary>The high-level group of the self-defined ethnicity (the official basis for disproportionality).</summary>
    public EthnicGroup SelfDefinedEthnicGroup { get; set; }

    /// <summary>"Officer-defined ethnicity" as given; null when blank.</summary>
    public string? OfficerDefinedEthnicityRaw { get; set; }

    /// <summary>The officer-defined group.</summary>
    public EthnicGroup OfficerDefinedEthnicGroup { get; set; }

    /// <summary>"Legislation" as given; null when blank.</summary>
    public string? LegislationRaw { get; set; }

    /// <summary>The canonical power.</summary>
    public Legislation Legislation { get; set; }

    /// <summary>"Object of search" as given; null when blank.</summary>
    public string? ObjectOfSearchRaw { get; set; }

    /// <summary>The canonical object of search.</summary>
    public ObjectOfSearch ObjectOfSearch { get; set; }

    /// <summary>"Outcome" as given; null when blank.</summary>
    public string? OutcomeRaw { get; set; }

    /// <summary>The canonical outcome.</summary>
    public SearchOutcome Outcome { get; set; }

    /// <summary>"Outcome linked to object of search"; null when blank.</summary>
    public bool? OutcomeLinkedToObjectOfSearch { get; set; }

    /// <summary>"Removal of more than just outer clothing"; null when blank.</summary>
    public bool? RemovalOfMoreThanOuterClothing { get; set; }

    /// <summary>The force slug, from the file name (stop-and-search files carry no force column).</summary>
    public string ForceSlug { get; set; } = string.Empty;

    /// <summary>The force's search reference (stop-and-search force export only; null in data.police.uk files).</summary>
    public string? SearchId { get; set; }

    /// <summary>The officer's id or collar number, as given (force export only).</summary>
    public string? OfficerId { get; set; }

    /// <summary>The officer's team or unit, as given (force export only).</summary>
    public string? Team { get; set; }

    /// <summary>Whether body-worn video recorded the search; null when not given (force export only).</summary>
    public bool? BodyWornVideo { get; set; }

    /// <summary>The reason given when body-worn video did not record, as given (force export only).</summary>
    public string? BodyWornVideoReason { get; set; }

    /// <summary>The reference of the Section 60 authorisation the search was made under, as given (force export only).</summary>
    public string? Section60Authorisation { get; set; }

    /// <summary>The grounds for the search as the officer recorded them (force export only).</summary>
    public string? Grounds { get; set; }

    /// <summary>Copies every field into <paramref name="target"/>: the reader reuses its records, so a sink that keeps one copies it.</summary>
    public void CopyTo(StopSearchRecord target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.TypeRaw = TypeRaw;
        target.Type = Type;
        target.Date = Date;
        target.PartOfPolicingOperation = PartOfPolicingOperation;
        target.PolicingOperation = PolicingOperation;
        target.Longitude = Longitude;
        target.Latitude = Latitude;
        target.Easting = Easting;
        target.Northing = Northing;
        target.GenderRaw = GenderRaw;
        target.Gender = Gender;
        target.AgeRangeRaw = AgeRangeRaw;
        target.AgeRange = AgeRange;
        target.SelfDefinedEthnicityRaw = SelfDefinedEthnicityRaw;
        target.SelfDefinedEthnicGroup = SelfDefinedEthnicGroup;
        target.OfficerDefinedEthnicityRaw = OfficerDefinedEthnicityRaw;
        target.OfficerDefinedEthnicGroup = OfficerDefinedEthnicGroup;
        target.LegislationRaw = LegislationRaw;
        target.Legislation = Legislation;
        target.ObjectOfSearchRaw = ObjectOfSearchRaw;
        target.ObjectOfSearch = ObjectOfSearch;
        target.OutcomeRaw = OutcomeRaw;
        target.Outcome = Outcome;
        target.OutcomeLinkedToObjectOfSearch = OutcomeLinkedToObjectOfSearch;
        target.RemovalOfMoreThanOuterClothing = RemovalOfMoreThanOuterClothing;
        target.ForceSlug = ForceSlug;
        target.SearchId = SearchId;
        target.OfficerId = OfficerId;
        target.Team = Team;
        target.BodyWornVideo = BodyWornVideo;
        target.BodyWornVideoReason = BodyWornVideoReason;
        target.Section60Authorisation = Section60Authorisation;
        target.Grounds = Grounds;
    }
}
