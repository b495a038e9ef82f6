namespace Lantern.Core.StopSearch;

/// <summary>
/// Counts searches, one at a time and in constant memory, inside and outside the day's tasked places into a
/// <see cref="TaskedPlaces"/>. Rates count as in <see cref="StopSearchSummaryBuilder"/>: finds of the searches whose
/// link was recorded, arrests and positive outcomes of those with a recorded outcome. Not thread safe.
/// </summary>
public sealed class TaskedPlacesBuilder
{
    private const int Searches = 0;
    private const int OutcomeKnown = 1;
    private const int Arrests = 2;
    private const int Positive = 3;
    private const int LinkRecorded = 4;
    private const int Finds = 5;
    private const int Counters = 6;

    private readonly long[] _counts = new long[2 * Counters]; // Inside, then Outside
    private long _noPublication;
    private long _noCoordinates;
    private long _linkRecordedUnplaced; // decides the measure only when no search was placed

    /// <summary>Counts one search.</summary>
    /// <param name="placement">Where it falls against its day's tasking.</param>
    /// <param name="outcome">What came of it.</param>
    /// <param name="outcomeLinked">Whether the outcome was linked to the object of the search; null when not recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="placement"/> is not a defined value.</exception>
    public void Add(TaskedPlacement placement, SearchOutcome outcome, bool? outcomeLinked)
    {
        switch (placement)
        {
            case TaskedPlacement.NoPublication:
                _noPublication++;
                _linkRecordedUnplaced += outcomeLinked.HasValue ? 1 : 0;
                return;
            case TaskedPlacement.NoCoordinates:
                _noCoordinates++;
                _linkRecordedUnplaced += outcomeLinked.HasValue ? 1 : 0;
                return;
            case TaskedPlacement.Inside or TaskedPlacement.Outside:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(placement), placement, "Not a placement.");
        }

        int at = placement == TaskedPlacement.Inside ? 0 : Counters;
        bool known = outcome != SearchOutcome.Unknown;
        _counts[at + Searches]++;
        _counts[at + OutcomeKnown] += known ? 1 : 0;
        _counts[at + Arrests] += outcome == SearchOutcome.Arrest ? 1 : 0;
        _counts[at + Positive] += known && outcome != SearchOutcome.NoFurtherAction ? 1 : 0;
        _counts[at + LinkRecorded] += outcomeLinked.HasValue ? 1 : 0;
        _counts[at + Finds] += outcomeLinked == true ? 1 : 0;
    }

    /// <summary>Works out the comparison from what was counted.</summary>
    /// <returns>Inside against outside, and the searches left out.</returns>
    public TaskedPlaces Build()
    {
        // With no search placed (no tasking published yet) the placed searches say nothing of the force: its other
        // searches decide, so that a force recording finds is not said never to.
        bool placed = _counts[Searches] + _counts[Counters + Searches] > 0;
        long linkRecorded = _counts[LinkRecorded] + _counts[Counters + LinkRecorded] + (placed ? 0 : _linkRecordedUnplaced);
        OutcomeTestMeasure measure = linkRecorded > 0 ? OutcomeTestMeasure.FindRate : OutcomeTestMeasure.PositiveOutcomeRate;
        return new TaskedPlaces(Rates(0), Rates(Counters), _noPublication, _noCoordinates, measure);
    }

    private OutcomeRates Rates(int at) =>
        new(_counts[at + Searches], new Proportion(_counts[at + Finds], _counts[at + LinkRecorded]),
            new Proportion(_counts[at + Arrests], _counts[at + OutcomeKnown]), new Proportion(_counts[at + Positive], _counts[at + OutcomeKnown]));
}
