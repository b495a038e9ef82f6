namespace Lantern.Data.Generation;

/// <summary>
/// How a category's investigations end: data.police.uk outcome strings with relative weights, as seen in real
/// street and outcomes files (Gwent 2024-07 to 2024-12: "Unable to prosecute suspect" dominates violence,
/// "Investigation complete; no suspect identified" property crime, "Suspect charged" proactive crime).
/// </summary>
internal sealed class OutcomeProfile
{
    /// <summary>Shown in street files for a crime the force has no status for; never in an outcomes file.</summary>
    public const string StatusUpdateUnavailable = "Status update unavailable";

    /// <summary>Shown for a crime whose outcome falls after the last month generated.</summary>
    public const string UnderInvestigation = "Under investigation";

    /// <summary>The charge outcome, which street files show as a court status.</summary>
    public const string SuspectCharged = "Suspect charged";

    private readonly string[] _outcomes;
    private readonly double[] _cumulative;

    /// <summary>Creates a profile.</summary>
    /// <param name="name">For diagnostics.</param>
    /// <param name="outcomes">Outcome strings with relative weights.</param>
    public OutcomeProfile(string name, params (string Outcome, double Weight)[] outcomes)
    {
        Name = name;
        _outcomes = new string[outcomes.Length];
        _cumulative = new double[outcomes.Length];
        double sum = 0;
        for (int i = 0; i < outcomes.Length; i++)
        {
            _outcomes[i] = outcomes[i].Outcome;
            sum += outcomes[i].Weight;
            _cumulative[i] = sum;
        }
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Draws an outcome.</summary>
    /// <param name="random">The generator.</param>
    /// <returns>The outcome string.</returns>
    public string Draw(DeterministicRandom random) => _outcomes[random.Pick(_cumulative)];

    /// <summary>Mean months from the crime to its outcome: quick for filed crimes, slow for charges.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Mean lag in months.</returns>
    public static double MeanLagMonths(string outcome) => outcome switch
    {
        "Investigation complete; no suspect identified" => 0.6,
        SuspectCharged => 2.5,
        "Offender given a drugs possession warning" or "Offender given penalty notice" or "Local resolution" => 0.5,
        _ => 1.4,
    };
}
