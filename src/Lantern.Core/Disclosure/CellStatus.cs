namespace Lantern.Core.Disclosure;

/// <summary>Whether a count of a publication may be shown, and if not, why (see <see cref="SuppressionBuilder"/>).</summary>
public enum CellStatus
{
    /// <summary>Shown as it is.</summary>
    Shown = 0,

    /// <summary>Withheld because it is under the threshold (primary suppression): shown as "&lt;5".</summary>
    Small = 1,

    /// <summary>
    /// Withheld although it is not small (secondary suppression): else a small count could be worked out from it and a
    /// total, or it is withheld together with a small count (a rate's events and non-events), or elsewhere.
    /// </summary>
    Secondary = 2,

    /// <summary>Never published (it only ties published counts together, such as searches with no recorded outcome).</summary>
    Unpublished = 3,
}
