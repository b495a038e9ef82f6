using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.StopSearch;

public sealed class LogisticRegressionTests
{
    [Fact]
    public void Fit_OneBinaryCovariate_LogOddsRatioAndWoolfStandardError()
    {
        // A 2×2 table: exposed 30 of 100 with the outcome, unexposed 20 of 120. The maximum-likelihood slope is the log odds
        // ratio ln((30·100)/(70·20)) exactly, and its standard error Woolf's √(1/30 + 1/70 + 1/20 + 1/100).
        var x = new List<double>();
        var y = new List<bool>();
        Add(x, y, exposed: true, events: 30, of: 100);
        Add(x, y, exposed: false, events: 20, of: 120);

        LogisticFit fit = LogisticRegression.Fit(x.ToArray(), 2, new int[y.Count], 1, y.ToArray());

        Assert.True(fit.Converged);
        Assert.Equal(Math.Log(20.0 / 100), fit.Coefficients[0], 9); // the unexposed log-odds, 20:100
        Assert.Equal(Math.Log(30.0 * 100 / (70 * 20)), fit.Coefficients[1], 9);
        Assert.Equal(Math.Sqrt((1.0 / 30) + (1.0 / 70) + (1.0 / 20) + (1.0 / 100)), fit.StandardError(1), 9);
    }

    [Fact]
    public void Fit_GroupsOnly_EachGroupsLogOddsAgainstTheFirst()
    {
        // Three groups with 10 of 40, 25 of 50 and 6 of 10 events: intercept = logit(0.25), the effects the differences in log-odds.
        var x = new List<double>();
        var y = new List<bool>();
        var group = new List<int>();
        foreach ((int g, int events, int of) in new[] { (0, 10, 40), (1, 25, 50), (2, 6, 10) })
        {
            for (int i = 0; i < of; i++)
            {
                x.Add(1);
                y.Add(i < events);
                group.Add(g);
            }
        }

        LogisticFit fit = LogisticRegression.Fit(x.ToArray(), 1, group.ToArray(), 3, y.ToArray());

        Assert.Equal(Math.Log(10.0 / 30), fit.Coefficients[0], 9);
        Assert.Equal(Math.Log(25.0 / 25) - Math.Log(10.0 / 30), fit.Coefficients[1], 9);
        Assert.Equal(Math.Log(6.0 / 4) - Math.Log(10.0 / 30), fit.Coefficients[2], 9);
    }

    [Fact]
    public void WaldPAndZ_KnownQuantiles()
    {
        Assert.Equal(1.959964, LogisticRegression.Z(0.95), 6);
        Assert.Equal(0.05, LogisticRegression.WaldP(1.959964, 1), 6);
    }

    private static void Add(List<double> x, List<bool> y, bool exposed, int events, int of)
    {
        for (int i = 0; i < of; i++)
        {
            x.Add(1);
            x.Add(exposed ? 1 : 0);
            y.Add(i < events);
        }
    }
}
