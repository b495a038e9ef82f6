namespace Lantern.Core.StopSearch;

/// <summary>
/// Searches inside the day's tasked places against searches outside them, on the days a tasking was published: how many,
/// and what came of them, with 95% Wilson intervals (<see cref="TaskedPlacesBuilder"/>).
/// </summary>
/// <param name="Inside">Searches in a place tasked for their UK day.</param>
/// <param name="Outside">Searches on a day with a published tasking, in none of its places.</param>
/// <param name="NoPublication">Searches on UK days with no published tasking, left out of both.</param>
/// <param name="NoCoordinates">Searches on days with a published tasking but without coordinates, left out of both.</param>
/// <param name="Measure">The find rate when the force records, for any of the searches placed (or, when none was placed,
/// for any of its searches), whether the outcome was linked to the object of the search; otherwise the positive outcome
/// rate, as the outcome test does.</param>
public sealed record TaskedPlaces(OutcomeRates Inside, OutcomeRates Outside, long NoPublication, long NoCoordinates, OutcomeTestMeasure Measure)
{
    /// <summary>The share of the placed searches (inside or outside) that were inside, with its Wilson interval.</summary>
    public Proportion InsideShare => new(Inside.Searches, Inside.Searches + Outside.Searches);

    /// <summary>The measure's rate of a set of searches: <see cref="OutcomeRates.Find"/> or <see cref="OutcomeRates.Positive"/>.</summary>
    /// <param name="rates">Inside or outside.</param>
    /// <returns>The proportion <see cref="Measure"/> names.</returns>
    public Proportion Compared(OutcomeRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return Measure == OutcomeTestMeasure.FindRate ? rates.Find : rates.Positive;
    }
}
