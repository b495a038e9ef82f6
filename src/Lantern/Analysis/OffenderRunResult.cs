using Lantern.Core.Offenders;
using Lantern.Data.Store.Offenders;

namespace Lantern.Analysis;

/// <summary>A stored scoring and what a list view shows of it: the list, the wanted list, the fairness report beside it, the power few.</summary>
internal sealed record OffenderRunResult(StoredScoreRun Run, IReadOnlyList<StoredScore> List, IReadOnlyList<StoredScore> Wanted, FairnessReport Fairness,
    PowerFewReport? PowerFew, IReadOnlyList<string> Choices);
