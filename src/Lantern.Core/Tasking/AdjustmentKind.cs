namespace Lantern.Core.Tasking;

/// <summary>What an analyst does to the tasking list.</summary>
public enum AdjustmentKind
{
    /// <summary>Add a place the ranking did not pick (intelligence, a community concern); it does not take a top-N slot.</summary>
    Add = 0,

    /// <summary>Remove a place (a known cause already dealt with, a place that cannot be patrolled); the next place moves up.</summary>
    Suppress = 1,
}
