using System.Reflection;
using Lantern.Core.Offenders;

namespace Lantern.Core.Tests.Offenders;

/// <summary>Protected characteristics can never feed a score (issue #6): the scorer's inputs cannot hold them, and altering them changes nothing.</summary>
public sealed class ProtectedCharacteristicsTests
{
    private static readonly string[] s_protected = ["sex", "gender", "age", "birth", "ethnic", "race", "religio", "disab", "orientation", "nationality"];

    [Theory]
    [InlineData(typeof(OffenderData))] // the scorer's input
    [InlineData(typeof(OffenderRecord))] // each record
    [InlineData(typeof(HarmScoringOptions))] // the options
    public void ScorerInputs_HaveNoProtectedField(Type type)
    {
        var names = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(m => m is FieldInfo or PropertyInfo).Select(m => m.Name.ToLowerInvariant()).ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => s_protected.Any(p => n.Contains(p, StringComparison.Ordinal) && n != "asof"));
    }

    [Fact]
    public void Scorer_TakesNoDemographics()
    {
        foreach (MethodInfo m in typeof(OffenderScorer).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.DeclaringType == typeof(OffenderScorer)))
        {
            Assert.DoesNotContain(m.GetParameters(), p => p.ParameterType == typeof(PersonDemographics) || p.ParameterType == typeof(Demographic));
        }
    }

    [Fact]
    public void Ranking_Unchanged_WhenProtectedCharacteristicsAreAltered()
    {
        OffenderData data = OffenderScorerTests.Sample();
        var options = new HarmScoringOptions { AsOf = OffenderScorerTests.AsOf };
        var first = new PersonDemographics(data.PersonIds.Select(id => KeyValuePair.Create(id, new Demographic("male", "25-34", "White"))));
        var altered = new PersonDemographics(data.PersonIds.Select((id, i) => KeyValuePair.Create(id, new Demographic(i % 2 == 0 ? "female" : "male", "18-24",
            i % 2 == 0 ? "Black" : "Asian"))));

        OffenderScoring a = OffenderScorer.Score(data, options);
        OffenderScoring b = OffenderScorer.Score(data, options);
        Assert.Equal(a.Top(100), b.Top(100));
        // The fairness report (the only reader of demographics) sees the change; the ranking does not.
        string[] top = [.. a.Top(100).Select(s => s.PersonId)];
        Assert.NotEqual(FairnessReport.Compute(top, top, first, null).Rows.Select(r => r.Group), FairnessReport.Compute(top, top, altered, null).Rows.Select(r => r.Group));
    }
}
