namespace Lantern.Core.StopSearch;

/// <summary>The rate the outcome test compares between groups.</summary>
public enum OutcomeTestMeasure
{
    /// <summary>The find rate: outcome linked to the object of the search. The test as DOMAIN.md §5 defines it.</summary>
    FindRate = 0,

    /// <summary>
    /// Any outcome other than no further action, used only when the force does not record whether the outcome was
    /// linked to the object of the search: weaker, since an arrest or warning need not be for what was searched for.
    /// </summary>
    PositiveOutcomeRate = 1,
}
