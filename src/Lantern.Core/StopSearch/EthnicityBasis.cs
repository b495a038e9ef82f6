namespace Lantern.Core.StopSearch;

/// <summary>Whose record of a person's ethnicity a figure uses (DOMAIN.md §5).</summary>
public enum EthnicityBasis
{
    /// <summary>The person's own (self-defined) ethnicity, mapped to the five census groups: the official basis of the Home Office method.</summary>
    SelfDefined = 0,

    /// <summary>The officer's perception (officer-defined), kept separate: never mixed with the self-defined figures.</summary>
    OfficerDefined = 1,
}
