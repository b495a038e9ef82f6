namespace Lantern.Core.StopSearch.Section60;

/// <summary>
/// A police rank as written on an authorisation, the Metropolitan Police's titles included. Seniority is not the enum's
/// order: <see cref="OfficerRanks.Level"/> places each title on the one ladder of nine steps that the rules compare.
/// </summary>
/// <remarks>Stored by slug (<see cref="OfficerRanks.Slug"/>), never by number.</remarks>
public enum OfficerRank
{
    /// <summary>Constable (step 1).</summary>
    Constable,

    /// <summary>Sergeant (step 2).</summary>
    Sergeant,

    /// <summary>Inspector (step 3): the lowest rank that may authorise under the statutory rules.</summary>
    Inspector,

    /// <summary>Chief inspector (step 4).</summary>
    ChiefInspector,

    /// <summary>Superintendent (step 5): the lowest rank that may extend under the statutory rules.</summary>
    Superintendent,

    /// <summary>Chief superintendent (step 6).</summary>
    ChiefSuperintendent,

    /// <summary>Assistant chief constable (step 7, the first chief officer rank): the lowest that may authorise under Best Use.</summary>
    AssistantChiefConstable,

    /// <summary>Commander: the Metropolitan Police's and City of London Police's rank at the assistant chief constable's step (7).</summary>
    Commander,

    /// <summary>Deputy chief constable (step 8).</summary>
    DeputyChiefConstable,

    /// <summary>Deputy assistant commissioner: the Metropolitan Police's rank at the deputy chief constable's step (8).</summary>
    DeputyAssistantCommissioner,

    /// <summary>Chief constable (step 9).</summary>
    ChiefConstable,

    /// <summary>Assistant commissioner (Metropolitan Police; step 9).</summary>
    AssistantCommissioner,

    /// <summary>Deputy commissioner (Metropolitan Police; step 9).</summary>
    DeputyCommissioner,

    /// <summary>Commissioner (Metropolitan Police, City of London Police; step 9).</summary>
    Commissioner,
}
