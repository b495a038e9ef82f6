using Lantern.Core.StopSearch.Section60;

namespace Lantern.Core.Tests.StopSearch.Section60;

/// <summary>Extensions: one, by a senior enough officer, not too long, given while the authorisation runs.</summary>
public sealed partial class Section60ValidatorTests
{
    [Theory]
    [InlineData("2023-08-29T12:00", OfficerRank.Superintendent, "2023-08-28T11:00", new Section60Rule[0])] // 24 h more, by a superintendent, in time
    [InlineData("2023-08-29T12:00", OfficerRank.Commander, "2023-08-28T11:00", new Section60Rule[0])] // a more senior officer
    [InlineData("2023-08-29T12:00", OfficerRank.ChiefInspector, "2023-08-28T11:00", new[] { Section60Rule.ExtendingRankTooLow })] // below superintendent
    [InlineData("2023-08-29T12:01", OfficerRank.Superintendent, "2023-08-28T11:00", new[] { Section60Rule.ExtensionTooLong, Section60Rule.TotalTooLong })] // a minute too long, so 48 h 1 min in all
    [InlineData("2023-08-28T12:00", OfficerRank.Superintendent, "2023-08-28T11:00", new[] { Section60Rule.ExtensionNotLater })] // adds nothing
    [InlineData("2023-08-28T10:00", OfficerRank.Superintendent, "2023-08-28T09:00", new[] { Section60Rule.ExtensionNotLater })] // would shorten it
    [InlineData("2023-08-29T12:00", OfficerRank.Superintendent, "2023-08-28T12:01", new[] { Section60Rule.ExtensionAfterEnd })] // it had run out
    [InlineData("2023-08-29T12:00", OfficerRank.Superintendent, "2023-08-28T12:00", new Section60Rule[0])] // at the last moment
    public void CheckExtension_Statutory(string until, OfficerRank rank, string at, Section60Rule[] expected) =>
        Assert.Equal(expected, Section60Validator.CheckExtension(Auth(), new Section60Extension(Uk(until), "John Roe", rank, Uk(at))).Select(b => b.Rule));

    [Fact]
    public void CheckExtension_AcrossTheOctoberChange_CountsRealHours()
    {
        Section60Authorisation a = Auth("2023-10-28T06:00", "2023-10-28T18:00");
        // 18:00 BST to 18:00 GMT the next day is 25 hours: one too many.
        Section60Breach b = Assert.Single(Section60Validator.CheckExtension(a, new Section60Extension(Uk("2023-10-29T18:00"), "John Roe",
            OfficerRank.Superintendent, Uk("2023-10-28T17:00"))));
        Assert.Equal("The extension adds 25 h (2023-10-28 18:00 BST to 2023-10-29 18:00 GMT): the statutory rules (since May 2022) allow at most 24 h.", b.Message);
        Assert.Empty(Section60Validator.CheckExtension(a, new Section60Extension(Uk("2023-10-29T17:00"), "John Roe", OfficerRank.Superintendent,
            Uk("2023-10-28T17:00"))));
    }

    [Fact]
    public void CheckExtension_ASecondOne_Refused()
    {
        Section60Authorisation once = Auth("2023-08-27T12:00", "2023-08-27T20:00")
            .WithExtension(new Section60Extension(Uk("2023-08-28T08:00"), "John Roe", OfficerRank.Superintendent, Uk("2023-08-27T19:00")));
        Section60Breach b = Assert.Single(Section60Validator.CheckExtension(once,
            new Section60Extension(Uk("2023-08-28T10:00"), "John Roe", OfficerRank.Superintendent, Uk("2023-08-28T07:00"))));
        Assert.Equal((Section60Rule.SecondExtension, "until"), (b.Rule, b.Field));
        Assert.StartsWith("It was already extended, to 2023-08-28 08:00 BST by John Roe (superintendent)", b.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckExtension_AfterAWithdrawal_Refused()
    {
        Section60Authorisation withdrawn = Auth().WithWithdrawal(new Section60Withdrawal(Uk("2023-08-27T20:00"), "Jane Doe", "The threat passed"));
        Section60Breach b = Assert.Single(Section60Validator.CheckExtension(withdrawn,
            new Section60Extension(Uk("2023-08-29T12:00"), "John Roe", OfficerRank.Superintendent, Uk("2023-08-28T11:00"))));
        Assert.Equal(Section60Rule.ExtensionAfterEnd, b.Rule);
        Assert.Contains("after the authorisation was withdrawn at 2023-08-27 20:00 BST", b.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-08-27T12:00", "2023-08-28T03:00", "2023-08-29T03:00", OfficerRank.AssistantChiefConstable, new Section60Rule[0])] // 15 + 24 = 39 h
    [InlineData("2023-08-27T12:00", "2023-08-28T03:00", "2023-08-29T03:00", OfficerRank.ChiefSuperintendent, new[] { Section60Rule.ExtendingRankTooLow })] // not a chief officer
    [InlineData("2023-08-27T12:00", "2023-08-27T22:00", "2023-08-28T22:00", OfficerRank.Commander, new Section60Rule[0])] // 10 + 24 = 34 h
    [InlineData("2023-08-27T12:00", "2023-08-28T03:00", "2023-08-29T03:30", OfficerRank.Commander,
        new[] { Section60Rule.ExtensionTooLong, Section60Rule.TotalTooLong })] // 24 h 30 min more, 39 h 30 min in all
    public void CheckExtension_BestUse(string start, string end, string until, OfficerRank rank, Section60Rule[] expected)
    {
        Section60Authorisation a = Auth(start, end, OfficerRank.Commander, "best-use", Section60Belief.Will, notified: "2023-08-26T18:00");
        Assert.Equal(expected, Section60Validator.CheckExtension(a, new Section60Extension(Uk(until), "John Roe", rank, Uk(end))).Select(b => b.Rule));
    }

    [Fact]
    public void Check_AnExtendedAuthorisation_ChecksTheExtensionToo()
    {
        Section60Authorisation a = Auth("2023-08-27T12:00", "2023-08-28T14:00")
            .WithExtension(new Section60Extension(Uk("2023-08-29T14:00"), "John Roe", OfficerRank.Inspector, Uk("2023-08-28T11:00")));
        Assert.Equal([Section60Rule.PeriodTooLong, Section60Rule.ExtendingRankTooLow, Section60Rule.TotalTooLong],
            Section60Validator.Check(a).Select(b => b.Rule));
    }

    [Theory]
    [InlineData("2023-08-27T20:00", "2023-08-27T20:00")] // withdrawn early: it stops then
    [InlineData("2023-08-27T08:00", "2023-08-27T12:00")] // withdrawn before it began: it never ran
    [InlineData("2023-08-29T08:00", "2023-08-28T12:00")] // "withdrawn" after it ended: it ended when it ended
    public void EffectiveEnd_Withdrawn_EndsAtTheWithdrawalWithinThePeriod(string withdrawn, string effectiveEnd) =>
        Assert.Equal(Uk(effectiveEnd), Auth().WithWithdrawal(new Section60Withdrawal(Uk(withdrawn), "Jane Doe", "reason")).EffectiveEnd);
}
