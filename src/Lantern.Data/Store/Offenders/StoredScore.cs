namespace Lantern.Data.Store.Offenders;

/// <summary>A score kept from a run, with the versions it was made under and its explanation as it stood.</summary>
internal sealed class StoredScore
{
    internal const string Columns =
        "run_id AS RunId, person_id AS PersonId, rank, harm, offences, victims, latest_offence AS LatestOffence, recency_points AS RecencyPoints, " +
        "frequency_points AS FrequencyPoints, gravity_points AS GravityPoints, victims_points AS VictimsPoints, wanted, weights_version AS WeightsVersion, " +
        "bands_version AS BandsVersion, explanation";

    public long RunId { get; init; }

    public required string PersonId { get; init; }

    public long Rank { get; init; }

    public double Harm { get; init; }

    public long Offences { get; init; }

    public long Victims { get; init; }

    public string? LatestOffence { get; init; }

    public long RecencyPoints { get; init; }

    public long FrequencyPoints { get; init; }

    public long GravityPoints { get; init; }

    public long VictimsPoints { get; init; }

    public bool Wanted { get; init; }

    public required string WeightsVersion { get; init; }

    public required string BandsVersion { get; init; }

    public required string Explanation { get; init; }

    public long Rfgv => RecencyPoints + FrequencyPoints + GravityPoints + VictimsPoints;
}
