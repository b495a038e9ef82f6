using System.Text;
using Lantern.Core.Offenders;
using Lantern.Data.Formats;
using Lantern.Data.Formats.Offenders;

namespace Lantern.Data.Tests.Formats;

public sealed class OffenderFileReaderTests
{
    internal const string Header = "Person ID,Crime reference,Date,Offence code,Crime type,Role,Domestic,Victim ID,Outcome,Wanted,Sex,Age band,Ethnicity";

    internal static OffenderFile Read(params string[] lines) =>
        OffenderFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")), "people.csv");

    [Fact]
    public void Read_ValidRows_AllFields()
    {
        OffenderFile f = Read(Header,
            "P1,SF/26/000001,2026-09-01,19/7,Violence and sexual offences,convicted,N,P2,\"Offender convicted, 6 years\",Y,male,25-34,Black",
            "P2,SF/26/000001,2026-09-01,019/07,violent-crime,victim,n,,,n,female,18-24,White");
        Assert.True(f.IsValid, string.Join('\n', f.Errors));
        OffenderExportRow a = f.Rows[0];
        Assert.Equal(new OffenderRecord("P1", "SF/26/000001", new DateOnly(2026, 9, 1), "019/07", Core.Crimes.CrimeCategory.ViolenceAndSexualOffences,
            OffenderRole.Convicted, false, "P2"), a.Record);
        Assert.Equal(("Offender convicted, 6 years", true, new Demographic("male", "25-34", "Black"), 2L), (a.Outcome, a.Wanted, a.Demographic, a.Line));
        Assert.Equal((OffenderRole.Victim, (string?)null, false), (f.Rows[1].Record.Role, f.Rows[1].Record.VictimId, f.Rows[1].Wanted));
    }

    [Fact]
    public void Read_DemographicColumnsOptional_Unknown()
    {
        OffenderFile f = Read("Person ID,Crime reference,Date,Offence code,Role", "P1,R1,2026-01-02,008/71,suspect");
        Assert.Equal(new Demographic("unknown", "unknown", "unknown"), Assert.Single(f.Rows).Demographic);
    }

    [Theory]
    [InlineData("P 1,R1,2026-01-02,008/71,suspect,N,,,N", "Person ID")] // a space in the id
    [InlineData("P1,,2026-01-02,008/71,suspect,N,,,N", "Crime reference")] // no reference
    [InlineData("P1,R1,02/01/2026,008/71,suspect,N,,,N", "Date")] // not ISO
    [InlineData("P1,R1,2026-01-02,stalking,suspect,N,,,N", "Offence code")] // not a code
    [InlineData("P1,R1,2026-01-02,008/71,witness,N,,,N", "Role")] // not a role
    [InlineData("P1,R1,2026-01-02,008/71,suspect,maybe,,,N", "Domestic")] // not a flag
    [InlineData("P1,R1,2026-01-02,008/71,victim,N,P2,,N", "Victim ID")] // a victim's row names no victim
    [InlineData("P1,R1,2026-01-02,008/71,suspect,N,P1,,N", "Victim ID")] // their own victim
    [InlineData("P1,R1,2026-01-02,008/71,suspect,N,,,perhaps", "Wanted")] // not a flag
    public void Read_BadRow_NamesFileLineAndField(string row, string field)
    {
        OffenderFile f = Read("Person ID,Crime reference,Date,Offence code,Role,Domestic,Victim ID,Outcome,Wanted", "P9,R9,2026-01-01,019/07,suspect,N,,,N", row);
        FileError e = Assert.Single(f.Errors);
        Assert.Equal(("people.csv", 3L, field), (e.File, e.Line, e.Field));
        Assert.False(f.IsValid);
    }

    [Fact]
    public void Read_PersonRowsMustAgree_AndOneRowPerPersonAndCrime()
    {
        OffenderFile f = Read(Header,
            "P1,R1,2026-01-02,008/71,,suspect,N,,,N,male,25-34,White",
            "P1,R2,2026-01-03,008/71,,suspect,N,,,Y,male,25-34,White",
            "P1,R3,2026-01-04,008/71,,suspect,N,,,N,male,25-34,Asian",
            "P1,R1,2026-01-05,008/71,,charged,N,,,N,male,25-34,White");
        Assert.Equal([(3L, "Wanted"), (4L, "Ethnicity"), (5L, "Crime reference")], f.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("line 2", f.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Person ID,Crime reference,Date,Offence code,Role,Height", "Height")] // an unknown column stops the file
    [InlineData("Person ID,Crime reference,Date,Offence code", "Role")] // a required column is missing
    [InlineData("Person ID,Crime reference,Date,Offence code,Role,Role", "Role")] // a column named twice: which is meant?
    public void Read_BadHeader_RefusesTheFile(string header, string field) =>
        Assert.Equal((1L, field), (Assert.Single(Read(header, "P1,R1,2026-01-02,008/71,suspect").Errors).Line, Read(header).Errors[0].Field));

    [Fact]
    public void Read_TrailingCommaOnEveryLine_ReadAsWithout()
    {
        // Excel writes an empty unnamed column when a cell right of the table was ever touched.
        OffenderFile f = Read("Person ID,Crime reference,Date,Offence code,Role,", "P1,R1,2026-01-02,008/71,suspect,");

        Assert.Empty(f.Errors);
        Assert.Equal("P1", Assert.Single(f.Rows).Record.PersonId);
    }

    [Fact]
    public void Read_ValueUnderNoColumnName_RefusesTheFileNamingTheLine()
    {
        OffenderFile f = Read("Person ID,Crime reference,Date,Offence code,Role,", "P1,R1,2026-01-02,008/71,suspect,", "P2,R2,2026-01-02,008/71,suspect,x");

        FileError error = Assert.Single(f.Errors);
        Assert.Equal((3L, "(record)"), (error.Line, error.Field));
        Assert.Equal("a value in column 6, which has no name in the header", error.Reason);
    }

    [Fact]
    public void Read_Utf16FromExcel_ReadsTheRows()
    {
        string text = "Person ID,Crime reference,Date,Offence code,Role\r\nP1,R1,2026-01-02,008/71,suspect\r\n";
        OffenderFile f = OffenderFileReader.Read(new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]), "people.csv");

        Assert.Empty(f.Errors);
        Assert.Single(f.Rows);
    }

    [Fact]
    public void Read_NulInAField_RefusesTheFileNamingTheField()
    {
        OffenderFile f = Read("Person ID,Crime reference,Date,Offence code,Role,Outcome", "P1,R1,2026-01-02,008/71,suspect,Sus\0pect");

        FileError error = Assert.Single(f.Errors);
        Assert.Equal((2L, "Outcome"), (error.Line, error.Field));
    }
}
