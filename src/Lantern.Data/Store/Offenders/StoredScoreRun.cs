namespace Lantern.Data.Store.Offenders;

/// <summary>One scoring as stored: its parameters and the versions of its tables.</summary>
internal sealed class StoredScoreRun
{
    internal const string Columns =
        "id, analysis_run_id AS AnalysisRunId, as_of AS AsOf, window_days AS WindowDays, offence_set AS OffenceSet, half_life_days AS HalfLifeDays, " +
        "weights_version AS WeightsVersion, groups_version AS GroupsVersion, bands_version AS BandsVersion, ranked, list_size AS ListSize, created_by AS CreatedBy, " +
        "created_at AS CreatedAt";

    public long Id { get; init; }

    public long AnalysisRunId { get; init; }

    public required string AsOf { get; init; }

    public long WindowDays { get; init; }

    public required string OffenceSet { get; init; }

    public double? HalfLifeDays { get; init; }

    public required string WeightsVersion { get; init; }

    public required string GroupsVersion { get; init; }

    public required string BandsVersion { get; init; }

    public long Ranked { get; init; }

    public long ListSize { get; init; }

    public required string CreatedBy { get; init; }

    public required string CreatedAt { get; init; }
}
