using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.StopSearch;

public sealed class StopSearchVocabularyTests
{
    [Theory]
    [InlineData("Person search", SearchType.Person)] // real value
    [InlineData("Vehicle search", SearchType.Vehicle)] // real value
    [InlineData("Person and Vehicle search", SearchType.PersonAndVehicle)] // real value
    [InlineData("person AND vehicle SEARCH", SearchType.PersonAndVehicle)] // any case
    [InlineData("", SearchType.Unknown)] // blank
    public void TypeFromRaw_Text_Maps(string raw, SearchType expected) => Assert.Equal(expected, StopSearchVocabulary.TypeFromRaw(raw));

    [Theory]
    [InlineData("Male", Gender.Male)] // real value
    [InlineData("Female", Gender.Female)] // real value
    [InlineData("Other", Gender.Other)] // real value
    [InlineData("", Gender.Unknown)] // blank (vehicle-only searches)
    public void GenderFromRaw_Text_Maps(string raw, Gender expected) => Assert.Equal(expected, StopSearchVocabulary.GenderFromRaw(raw));

    [Theory]
    [InlineData("under 10", AgeRange.Under10)] // real value
    [InlineData("10-17", AgeRange.From10To17)] // real value
    [InlineData("18-24", AgeRange.From18To24)] // real value
    [InlineData("25-34", AgeRange.From25To34)] // real value
    [InlineData("over 34", AgeRange.Over34)] // real value
    [InlineData("", AgeRange.Unknown)] // blank
    public void AgeRangeFromRaw_Text_Maps(string raw, AgeRange expected) => Assert.Equal(expected, StopSearchVocabulary.AgeRangeFromRaw(raw));

    [Theory]
    // 2011-census labels, used since about 2017
    [InlineData("White - English/Welsh/Scottish/Northern Irish/British", EthnicGroup.White)] // real value
    [InlineData("White - Irish", EthnicGroup.White)] // real value
    [InlineData("White - Any other White background", EthnicGroup.White)] // real value
    [InlineData("Black/African/Caribbean/Black British - African", EthnicGroup.Black)] // real value
    [InlineData("Black/African/Caribbean/Black British - Caribbean", EthnicGroup.Black)] // real value
    [InlineData("Black/African/Caribbean/Black British - Any other Black/African/Caribbean background", EthnicGroup.Black)] // a slash after the dash
    [InlineData("Asian/Asian British - Bangladeshi", EthnicGroup.Asian)] // real value
    [InlineData("Asian/Asian British - Chinese", EthnicGroup.Asian)] // 2011: Chinese is Asian
    [InlineData("Asian/Asian British - Indian", EthnicGroup.Asian)] // real value
    [InlineData("Asian/Asian British - Pakistani", EthnicGroup.Asian)] // real value
    [InlineData("Asian/Asian British - Any other Asian background", EthnicGroup.Asian)] // real value
    [InlineData("Mixed/Multiple ethnic groups - White and Black Caribbean", EthnicGroup.Mixed)] // real value
    [InlineData("Mixed/Multiple ethnic groups - White and Black African", EthnicGroup.Mixed)] // real value
    [InlineData("Mixed/Multiple ethnic groups - White and Asian", EthnicGroup.Mixed)] // real value
    [InlineData("Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background", EthnicGroup.Mixed)] // real value
    [InlineData("Other ethnic group - Any other ethnic group", EthnicGroup.Other)] // real value
    [InlineData("Other ethnic group - Not stated", EthnicGroup.Unknown)] // not stated is excluded, not Other
    // 2001-census labels with codes, in older files
    [InlineData("White - White British (W1)", EthnicGroup.White)] // real value
    [InlineData("White - White Irish (W2)", EthnicGroup.White)] // real value
    [InlineData("White - Any other White ethnic background (W9)", EthnicGroup.White)] // real value
    [InlineData("Black or Black British - Caribbean (B1)", EthnicGroup.Black)] // real value
    [InlineData("Black or Black British - African (B2)", EthnicGroup.Black)] // real value
    [InlineData("Black or Black British - Any other Black ethnic background (B9)", EthnicGroup.Black)] // real value
    [InlineData("Asian or Asian British - Indian (A1)", EthnicGroup.Asian)] // real value
    [InlineData("Asian or Asian British - Pakistani (A2)", EthnicGroup.Asian)] // real value
    [InlineData("Asian or Asian British - Bangladeshi (A3)", EthnicGroup.Asian)] // real value
    [InlineData("Asian or Asian British - Any other Asian ethnic background (A9)", EthnicGroup.Asian)] // real value
    [InlineData("Mixed - White and Black Caribbean (M1)", EthnicGroup.Mixed)] // real value
    [InlineData("Mixed - White and Black African (M2)", EthnicGroup.Mixed)] // real value
    [InlineData("Mixed - White and Asian (M3)", EthnicGroup.Mixed)] // real value
    [InlineData("Mixed - Any other Mixed ethnic background (M9)", EthnicGroup.Mixed)] // real value
    [InlineData("Chinese or other ethnic group - Chinese (O1)", EthnicGroup.Other)] // 2001: Chinese sat with Other
    [InlineData("Chinese or other ethnic group - Any other ethnic group (O9)", EthnicGroup.Other)] // real value
    [InlineData("Not Stated (NS)", EthnicGroup.Unknown)] // real value: not stated
    // Officer-defined values are already high level
    [InlineData("White", EthnicGroup.White)] // real value
    [InlineData("Black", EthnicGroup.Black)] // real value
    [InlineData("Asian", EthnicGroup.Asian)] // real value
    [InlineData("Mixed", EthnicGroup.Mixed)] // defined for officers though not seen in the Met files
    [InlineData("Other", EthnicGroup.Other)] // real value
    [InlineData("", EthnicGroup.Unknown)] // blank
    [InlineData("Martian - Red (R1)", EthnicGroup.Unknown)] // not recognised
    public void EthnicGroupFromRaw_Text_MapsToHighLevelGroup(string raw, EthnicGroup expected) =>
        Assert.Equal(expected, StopSearchVocabulary.EthnicGroupFromRaw(raw));

    [Theory]
    [InlineData("Police and Criminal Evidence Act 1984 (section 1)", Legislation.PaceSection1)] // real value
    [InlineData("Misuse of Drugs Act 1971 (section 23)", Legislation.MisuseOfDrugsActSection23)] // real value
    [InlineData("Criminal Justice and Public Order Act 1994 (section 60)", Legislation.CjpoaSection60)] // real value
    [InlineData("Firearms Act 1968 (section 47)", Legislation.FirearmsActSection47)] // real value
    [InlineData("Criminal Justice Act 1988 (section 139B)", Legislation.CriminalJusticeActSection139B)] // real value
    [InlineData("Terrorism Act 2000 (section 47A)", Legislation.TerrorismActSection47A)] // other forces
    [InlineData("Terrorism Act 2000 (section 43)", Legislation.TerrorismActSection43)] // other forces
    [InlineData("Psychoactive Substances Act 2016 (s36(2))", Legislation.PsychoactiveSubstancesAct)] // other forces
    [InlineData("Deer Act 1991 (section 12)", Legislation.WildlifeAndHunting)] // rural forces
    [InlineData("Crossbows Act 1987 (section 4)", Legislation.Other)] // rare statute
    [InlineData("", Legislation.Unknown)] // blank
    public void LegislationFromRaw_Text_Maps(string raw, Legislation expected) =>
        Assert.Equal(expected, StopSearchVocabulary.LegislationFromRaw(raw));

    [Theory]
    [InlineData("Controlled drugs", ObjectOfSearch.ControlledDrugs)] // real value
    [InlineData("Offensive weapons", ObjectOfSearch.OffensiveWeapons)] // real value
    [InlineData("Stolen goods", ObjectOfSearch.StolenGoods)] // real value
    [InlineData("Articles for use in criminal damage", ObjectOfSearch.ArticlesForUseInCriminalDamage)] // real value
    [InlineData("Evidence of offences under the Act", ObjectOfSearch.EvidenceOfOffencesUnderTheAct)] // real value
    [InlineData("Firearms", ObjectOfSearch.Firearms)] // real value
    [InlineData("Fireworks", ObjectOfSearch.Fireworks)] // real value
    [InlineData("Anything to threaten or harm anyone", ObjectOfSearch.AnythingToThreatenOrHarmAnyone)] // real value (section 60)
    [InlineData("Article for use in theft", ObjectOfSearch.ArticlesForUseInTheft)] // other forces
    [InlineData("", ObjectOfSearch.Unknown)] // blank
    public void ObjectOfSearchFromRaw_Text_Maps(string raw, ObjectOfSearch expected) =>
        Assert.Equal(expected, StopSearchVocabulary.ObjectOfSearchFromRaw(raw));

    [Theory]
    [InlineData("A no further action disposal", SearchOutcome.NoFurtherAction)] // real value, current name
    [InlineData("Nothing found - no further action", SearchOutcome.NoFurtherAction)] // real value, older name
    [InlineData("Arrest", SearchOutcome.Arrest)] // real value
    [InlineData("Suspect arrested", SearchOutcome.Arrest)] // real value, older name
    [InlineData("Summons / charged by post", SearchOutcome.SummonsOrChargedByPost)] // real value
    [InlineData("Suspect summonsed to court", SearchOutcome.SummonsOrChargedByPost)] // real value, older name
    [InlineData("Caution (simple or conditional)", SearchOutcome.Caution)] // real value
    [InlineData("Offender cautioned", SearchOutcome.Caution)] // real value, older name
    [InlineData("Penalty Notice for Disorder", SearchOutcome.PenaltyNotice)] // real value
    [InlineData("Offender given penalty notice", SearchOutcome.PenaltyNotice)] // real value, older name
    [InlineData("Offender given drugs possession warning", SearchOutcome.DrugsPossessionWarning)] // real value
    [InlineData("Khat or Cannabis warning", SearchOutcome.DrugsPossessionWarning)] // real value, newer name for the same warning
    [InlineData("Community resolution", SearchOutcome.CommunityResolution)] // real value
    [InlineData("Local resolution", SearchOutcome.CommunityResolution)] // real value, older name
    [InlineData("Article found - Detailed outcome unavailable", SearchOutcome.ArticleFoundOutcomeUnavailable)] // older files elsewhere
    [InlineData("", SearchOutcome.Unknown)] // blank
    public void OutcomeFromRaw_Text_Maps(string raw, SearchOutcome expected) =>
        Assert.Equal(expected, StopSearchVocabulary.OutcomeFromRaw(raw));

    [Fact]
    public void Name_EveryCanonicalValue_HasANameThatMapsBack()
    {
        foreach (SearchType v in Enum.GetValues<SearchType>().Where(v => v != SearchType.Unknown))
        {
            Assert.Equal(v, StopSearchVocabulary.TypeFromRaw(StopSearchVocabulary.Name(v)));
        }

        foreach (Gender v in Enum.GetValues<Gender>().Where(v => v != Gender.Unknown))
        {
            Assert.Equal(v, StopSearchVocabulary.GenderFromRaw(StopSearchVocabulary.Name(v)));
        }

        foreach (AgeRange v in Enum.GetValues<AgeRange>().Where(v => v != AgeRange.Unknown))
        {
            Assert.Equal(v, StopSearchVocabulary.AgeRangeFromRaw(StopSearchVocabulary.Name(v)));
        }

        foreach (EthnicGroup v in Enum.GetValues<EthnicGroup>().Where(v => v != EthnicGroup.Unknown))
        {
            Assert.Equal(v, StopSearchVocabulary.EthnicGroupFromRaw(StopSearchVocabulary.Name(v)));
        }

        foreach (Legislation v in Enum.GetValues<Legislation>().Where(v => v != Legislation.Unknown))
        {
            Assert.Equal(v, StopSearchVocabulary.LegislationFromRaw(StopSearchVocabulary.Name(v)));
        }

        foreach (ObjectOfSearch v in Enum.GetValues<ObjectOfSearch>().Where(v => v != ObjectOfSearch.Unknown))
        {
            Assert.Equal(v, StopSearchVocabulary.ObjectOfSearchFromRaw(StopSearchVocabulary.Name(v)));
        }

        foreach (SearchOutcome v in Enum.GetValues<SearchOutcome>().Where(v => v != SearchOutcome.Unknown))
        {
            Assert.Equal(v, StopSearchVocabulary.OutcomeFromRaw(StopSearchVocabulary.Name(v)));
        }
    }

    [Fact]
    public void Name_Unknown_IsUnknown()
    {
        Assert.Equal("Unknown", StopSearchVocabulary.Name(EthnicGroup.Unknown));
        Assert.Equal("Unknown", StopSearchVocabulary.Name(SearchOutcome.Unknown));
    }

    [Theory]
    [InlineData("s60", Legislation.CjpoaSection60)] // the section people say
    [InlineData("CJPOA-S60", Legislation.CjpoaSection60)] // the short name, case ignored
    [InlineData(" pace-s1 ", Legislation.PaceSection1)] // spaces ignored
    [InlineData("Misuse of Drugs Act 1971 (section 23)", Legislation.MisuseOfDrugsActSection23)] // data.police.uk's own name
    public void TryParseLegislation_AsPeopleWriteIt(string text, Legislation expected)
    {
        Assert.True(StopSearchVocabulary.TryParseLegislation(text, out Legislation value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void LegislationSlugs_EveryPowerHasOne_AndItReadsBack()
    {
        Assert.Equal(Enum.GetValues<Legislation>().Length, StopSearchVocabulary.LegislationSlugs.Count);
        foreach (Legislation v in Enum.GetValues<Legislation>())
        {
            Assert.True(StopSearchVocabulary.TryParseLegislation(StopSearchVocabulary.Slug(v), out Legislation back));
            Assert.Equal(v, back);
        }

        Assert.False(StopSearchVocabulary.TryParseLegislation("section 999", out _));
    }
}
