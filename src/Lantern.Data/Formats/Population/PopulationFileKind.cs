namespace Lantern.Data.Formats.Population;

/// <summary>What a population file holds, recognised from its header (docs/stop-search.md).</summary>
internal enum PopulationFileKind
{
    /// <summary>Census residents by ethnic group for areas named by ONS code (LSOA, MSOA or local authority): Census 2021 TS021, Census 2011 KS201/QS201.</summary>
    AreaCensus = 1,

    /// <summary>Census residents by ethnic group for police force areas, named by force (PFA16NM).</summary>
    ForceCensus = 2,

    /// <summary>Which local authority (borough) each MSOA lies in: the ONS LSOA → MSOA → LAD lookup.</summary>
    MsoaToBorough = 3,

    /// <summary>Which police force area each local authority lies in: the ONS LAD → CSP → PFA lookup.</summary>
    BoroughToForce = 4,
}
