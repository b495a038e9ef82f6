namespace Lantern.Core.Offenders;

/// <summary>
/// A person's protected characteristics as the force recorded them, for fairness audits only: never an input to a score.
/// Values are the force's words, with "unknown" for blanks.
/// </summary>
/// <param name="Sex">Sex, e.g. male, female, unknown.</param>
/// <param name="AgeBand">Age band, e.g. 18-24.</param>
/// <param name="Ethnicity">High-level ethnic group: White, Black, Asian, Mixed, Other, unknown.</param>
public readonly record struct Demographic(string Sex, string AgeBand, string Ethnicity)
{
    /// <summary>The value of one of the three attributes: <c>sex</c>, <c>age-band</c> or <c>ethnicity</c>.</summary>
    /// <param name="attribute">The attribute's name.</param>
    /// <returns>The value.</returns>
    public string Of(string attribute) => attribute switch
    {
        "sex" => Sex,
        "age-band" => AgeBand,
        "ethnicity" => Ethnicity,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "not sex, age-band or ethnicity"),
    };
}
