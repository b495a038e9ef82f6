namespace Lantern.Data.Store;

/// <summary>What reading a force's searches found: how many there were and why some were not counted.</summary>
/// <param name="Read">Searches of the force in the months.</param>
/// <param name="Counted">Searches counted into the summary.</param>
/// <param name="OtherPowers">Left out because their power was not asked for.</param>
/// <param name="OutsideArea">Left out because their coordinates are outside the area asked for.</param>
/// <param name="Unplaced">Left out of an area's figures because they have no coordinates (with an area only: a force's figures count them).</param>
/// <param name="OutsideWindow">Left out because their time is outside the window asked for (with a window only).</param>
/// <param name="ByOperation">Counted because their policing operation names the one asked for (with an operation only).</param>
/// <param name="OperationElsewhere">Of those, how many are outside the window or the area, or have no coordinates: counted by the force's word alone.</param>
internal sealed record StopSearchLoad(long Read, long Counted, long OtherPowers, long OutsideArea, long Unplaced, long OutsideWindow = 0, long ByOperation = 0,
    long OperationElsewhere = 0);
