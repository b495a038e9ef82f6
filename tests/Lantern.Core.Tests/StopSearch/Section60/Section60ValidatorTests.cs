using Lantern.Core.StopSearch.Section60;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.StopSearch.Section60;

/// <summary>
/// Each rule of an authorisation, under both rule sets. Times are UK wall-clock times, as an authorisation is written;
/// 2023's clocks went forward at 01:00 GMT on 26 March and back at 02:00 BST on 29 October.
/// </summary>
public sealed partial class Section60ValidatorTests
{
    [Fact]
    public void Check_StatutoryInspector24Hours_KeepsEveryRule() => Assert.Empty(Section60Validator.Check(Auth()));

    [Fact]
    public void Check_BestUseCommanderWill15HoursNotified_KeepsEveryRule() =>
        Assert.Empty(Section60Validator.Check(Auth(end: "2023-08-28T03:00", rank: OfficerRank.Commander, rules: "best-use", belief: Section60Belief.Will,
            notified: "2023-08-26T18:00")));

    [Theory]
    [InlineData("statutory", OfficerRank.Sergeant, false)] // below inspector
    [InlineData("statutory", OfficerRank.Constable, false)] // the bottom of the ladder
    [InlineData("statutory", OfficerRank.Inspector, true)] // the statutory minimum
    [InlineData("statutory", OfficerRank.ChiefSuperintendent, true)] // above it
    [InlineData("best-use", OfficerRank.ChiefSuperintendent, false)] // Best Use needs a chief officer
    [InlineData("best-use", OfficerRank.AssistantChiefConstable, true)] // the first chief officer rank
    [InlineData("best-use", OfficerRank.Commander, true)] // the Met's title for that step
    [InlineData("best-use", OfficerRank.DeputyAssistantCommissioner, true)] // a Met rank above it
    public void Check_AuthorisingRank_RefusedBelowTheMinimum(string rules, OfficerRank rank, bool allowed)
    {
        IReadOnlyList<Section60Breach> breaches = Section60Validator.Check(Auth(end: "2023-08-28T02:00", rank: rank, rules: rules, belief: Section60Belief.Will,
            notified: "2023-08-26T18:00"));
        Assert.Equal(allowed ? [] : [Section60Rule.RankTooLow], breaches.Select(b => b.Rule));
    }

    [Fact]
    public void Check_SergeantUnderBestUse_MessageNamesBothTitlesOfTheStep()
    {
        Section60Breach b = Assert.Single(Section60Validator.Check(Auth(end: "2023-08-28T02:00", rank: OfficerRank.Superintendent, rules: "best-use",
            belief: Section60Belief.Will, notified: "2023-08-26T18:00")));
        Assert.Equal(("rank", "Authorised by a superintendent: under the rules of the Best Use of Stop and Search scheme (2014) a Section 60 authorisation " +
            "needs an assistant chief constable or commander or above."), (b.Field, b.Message));
    }

    [Theory]
    [InlineData("2023-08-27T12:00", "2023-08-28T12:00", null)] // exactly 24 hours
    [InlineData("2023-08-27T12:00", "2023-08-28T12:01", "It runs 24 h 1 min")] // a minute over
    [InlineData("2023-10-28T18:00", "2023-10-29T18:00", "It runs 25 h (2023-10-28 18:00 BST to 2023-10-29 18:00 GMT)")] // the clocks go back: 25 real hours
    [InlineData("2023-10-28T18:00", "2023-10-29T17:00", null)] // 24 real hours across the change, 23 on the clock
    [InlineData("2023-03-25T18:00", "2023-03-26T18:00", null)] // the clocks go forward: 18:00 to 18:00 is 23 hours
    [InlineData("2023-03-25T18:00", "2023-03-26T19:00", null)] // 24 real hours across that change
    [InlineData("2023-03-25T18:00", "2023-03-26T19:30", "It runs 24 h 30 min")] // and past them
    public void Check_StatutoryPeriod_RefusedPast24ElapsedHours(string start, string end, string? message)
    {
        IReadOnlyList<Section60Breach> breaches = Section60Validator.Check(Auth(start, end));
        if (message is null)
        {
            Assert.Empty(breaches);
            return;
        }

        Section60Breach b = Assert.Single(breaches);
        Assert.Equal((Section60Rule.PeriodTooLong, "end"), (b.Rule, b.Field));
        Assert.StartsWith(message, b.Message, StringComparison.Ordinal);
        Assert.EndsWith("the statutory rules (since May 2022) allow at most 24 h before an extension.", b.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-10-28T18:00", "2023-10-29T08:00", true)] // 15 real hours across the October change, 14 on the clock
    [InlineData("2023-10-28T18:00", "2023-10-29T09:00", false)] // 15 on the clock is 16 real hours
    [InlineData("2023-03-25T18:00", "2023-03-26T10:00", true)] // 15 real hours across the March change, 16 on the clock
    public void Check_BestUsePeriod_15ElapsedHours(string start, string end, bool allowed)
    {
        IReadOnlyList<Section60Breach> breaches = Section60Validator.Check(Auth(start, end, OfficerRank.AssistantChiefConstable, "best-use", Section60Belief.Will,
            notified: "2023-10-28T12:00"));
        Assert.Equal(allowed ? [] : [Section60Rule.PeriodTooLong], breaches.Select(b => b.Rule));
    }

    [Theory]
    [InlineData("2023-08-28T12:00", "2023-08-27T12:00", "It ends (2023-08-27 12:00 BST) before it starts (2023-08-28 12:00 BST).")] // the wrong way round
    [InlineData("2023-08-28T12:00", "2023-08-28T12:00", "It ends (2023-08-28 12:00 BST) when it starts (2023-08-28 12:00 BST).")] // no time at all
    [InlineData("2023-10-29T01:30+01:00", "2023-10-29T01:15Z", null)] // later on the clock, but 15 minutes of real time later: allowed
    [InlineData("2023-10-29T01:30Z", "2023-10-29T01:15+01:00", "It ends (2023-10-29 01:15 BST) before it starts (2023-10-29 01:30 GMT).")] // earlier in real time
    public void Check_EndNotAfterStart_Refused(string start, string end, string? message)
    {
        IReadOnlyList<Section60Breach> breaches = Section60Validator.Check(Auth(start, end));
        Assert.Equal(message is null ? [] : [(Section60Rule.EndNotAfterStart, "end", message)], breaches.Select(b => (b.Rule, b.Field, b.Message)));
    }

    [Theory]
    [InlineData("", "Notting Hill", true, Section60Rule.NoGrounds, "grounds")] // no grounds
    [InlineData("   ", "Notting Hill", true, Section60Rule.NoGrounds, "grounds")] // only spaces
    [InlineData("Intelligence of a planned fight", "", true, Section60Rule.NoLocality, "locality")] // an area but no name
    [InlineData("Intelligence of a planned fight", "Notting Hill", false, Section60Rule.NoLocality, "area")] // a name but no area
    public void Check_NoGroundsOrLocality_Refused(string grounds, string locality, bool hasArea, Section60Rule rule, string field)
    {
        Section60Breach b = Assert.Single(Section60Validator.Check(Auth(grounds: grounds, locality: locality, hasArea: hasArea)));
        Assert.Equal((rule, field), (b.Rule, b.Field));
    }

    [Theory]
    [InlineData("statutory", Section60Belief.May, true)] // the statutory test since 2022
    [InlineData("best-use", Section60Belief.May, false)] // Best Use: "may" is not enough
    [InlineData("best-use", Section60Belief.Will, true)] // it must be "will"
    [InlineData("best-use", Section60Belief.WeaponsCarried, true)] // s.60(1)(b) is not the violence test Best Use changed
    [InlineData("best-use", Section60Belief.WeaponUsed, true)] // nor is s.60(1)(aa)
    public void Check_Belief_BestUseRefusesMay(string rules, Section60Belief belief, bool allowed)
    {
        IReadOnlyList<Section60Breach> breaches = Section60Validator.Check(Auth(end: "2023-08-28T02:00", rank: OfficerRank.ChiefConstable, rules: rules, belief: belief,
            notified: "2023-08-26T18:00"));
        Assert.Equal(allowed ? [] : [Section60Rule.BeliefNotAccepted], breaches.Select(b => b.Rule));
    }

    [Fact]
    public void Check_BestUseWithoutCommunityNotification_Refused()
    {
        Section60Breach b = Assert.Single(Section60Validator.Check(Auth(end: "2023-08-28T02:00", rank: OfficerRank.Commander, rules: "best-use",
            belief: Section60Belief.Will)));
        Assert.Equal((Section60Rule.CommunityNotNotified, "communityNotified"), (b.Rule, b.Field));
        Assert.Empty(Section60Validator.Check(Auth()));  // the statutory rules do not ask for it
    }

    [Fact]
    public void Check_ManyRulesBroken_EveryOneReturnedInFormOrder()
    {
        var a = new Section60Authorisation(" ", "metropolitan", "", OfficerRank.Sergeant, "", Section60Belief.May, "", hasArea: false,
            Uk("2023-08-28T12:00"), Uk("2023-08-27T12:00"), Section60RuleSet.BestUse2014);
        Assert.Equal(
            [Section60Rule.NoReference, Section60Rule.NoAuthorisingOfficer, Section60Rule.RankTooLow, Section60Rule.NoGrounds, Section60Rule.BeliefNotAccepted,
                Section60Rule.NoLocality, Section60Rule.EndNotAfterStart, Section60Rule.CommunityNotNotified],
            Section60Validator.Check(a).Select(b => b.Rule));
    }

    internal static DateTimeOffset Uk(string text) => UkTime.TryParseInstant(text, out DateTimeOffset at, out string? problem) ? at : throw new ArgumentException(problem);

    internal static Section60Authorisation Auth(string start = "2023-08-27T12:00", string end = "2023-08-28T12:00", OfficerRank rank = OfficerRank.Inspector,
        string rules = "statutory", Section60Belief belief = Section60Belief.May, string grounds = "Intelligence of a planned fight between two groups",
        string locality = "Notting Hill", bool hasArea = true, string? notified = null)
    {
        Assert.True(Section60RuleSet.TryParse(rules, out Section60RuleSet? set));
        return new Section60Authorisation("MPS-S60-0001", "metropolitan", "Jane Doe", rank, grounds, belief, locality, hasArea, Uk(start), Uk(end), set)
        {
            CommunityNotifiedAt = notified is null ? null : Uk(notified),
        };
    }
}
