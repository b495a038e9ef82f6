namespace Lantern.Core.Offenders;

/// <summary>The four factors of RFGV scoring (Northumbria MATAC; DOMAIN.md §4).</summary>
public enum RfgFactor
{
    /// <summary>Whole months since the latest offence in the window.</summary>
    Recency = 0,

    /// <summary>Offences in the window.</summary>
    Frequency = 1,

    /// <summary>Harm in the window, in the weights' unit (days).</summary>
    Gravity = 2,

    /// <summary>Distinct known victims in the window.</summary>
    Victims = 3,
}
