namespace Lantern.Core.StopSearch;

/// <summary>
/// The outcome test (DOMAIN.md §5): the find rate of each ethnic group with its interval. A group whose searches find
/// what was looked for less often than the White group's may be searched on a lower threshold of suspicion.
/// </summary>
public sealed class OutcomeTest
{
    internal OutcomeTest(OutcomeTestMeasure measure, EthnicityBasis basis, IReadOnlyList<OutcomeTestRow> rows)
    {
        Measure = measure;
        Basis = basis;
        Rows = rows;
    }

    /// <summary>The find rate, or the positive outcome rate when the force does not record finds.</summary>
    public OutcomeTestMeasure Measure { get; }

    /// <summary>Self- or officer-defined ethnicity.</summary>
    public EthnicityBasis Basis { get; }

    /// <summary>The five groups, White first.</summary>
    public IReadOnlyList<OutcomeTestRow> Rows { get; }

    /// <summary>Builds the test from each group's outcome rates (White's difference from itself is left empty).</summary>
    /// <param name="byGroup">Outcome rates of the five groups, White first.</param>
    /// <param name="measure">Which rate to compare.</param>
    /// <param name="basis">The ethnicity basis of the groups.</param>
    /// <returns>The test.</returns>
    internal static OutcomeTest Compute(IReadOnlyList<(EthnicGroup Group, OutcomeRates Rates)> byGroup, OutcomeTestMeasure measure, EthnicityBasis basis)
    {
        Proportion Pick(OutcomeRates r) => measure == OutcomeTestMeasure.FindRate ? r.Find : r.Positive;
        Proportion white = Pick(byGroup.Single(g => g.Group == EthnicGroup.White).Rates);
        var rows = new List<OutcomeTestRow>(byGroup.Count);
        foreach ((EthnicGroup group, OutcomeRates rates) in byGroup)
        {
            Proportion p = Pick(rates);
            ProportionDifference? d = group == EthnicGroup.White ? null : ProportionDifference.Between(p, white);
            rows.Add(new OutcomeTestRow(group, p, d?.Value, d?.Low, d?.High));
        }

        return new OutcomeTest(measure, basis, rows);
    }
}
