using System.Security.Cryptography;
using System.Text;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed class RowKeyTests
{
    private const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private const string Asb = ",2024-07,Gwent Police,Gwent Police,-3.0,51.6,On or near Park,W01001440,Blaenau Gwent 001A,Anti-social behaviour,,";

    [Fact]
    public void Compute_KnownInput_IsFirst16BytesOfSha256BigEndian()
    {
        byte[] input = [(byte)SourceKind.Street, 0, 0, 0, 0, .. "a,b"u8];
        string expected = Convert.ToHexString(SHA256.HashData(input), 0, 16);

        UInt128 key = RowKeyHasher.Compute(SourceKind.Street, 0, "a,b");

        Assert.Equal(expected, key.ToString("X32", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReadAll_IdenticalAsbRows_DistinctKeysNumberedByOccurrence()
    {
        RecordingSink sink = RecordingSink.Read($"{Header}\n{Asb}\n{Asb}\n{Asb}\n");

        UInt128[] keys = [.. sink.Keys];
        Assert.Equal(3, keys.Distinct().Count());
        Assert.Equal(RowKeyHasher.Compute(SourceKind.Street, 0, Asb), keys[0]);
        Assert.Equal(RowKeyHasher.Compute(SourceKind.Street, 1, Asb), keys[1]);
        Assert.Equal(RowKeyHasher.Compute(SourceKind.Street, 2, Asb), keys[2]);
    }

    [Fact]
    public void ReadAll_SameFileCrlfLfAndBom_SameKeys()
    {
        string lf = $"{Header}\n{Asb}\n{Asb}\nx1,2024-07,Gwent Police,Gwent Police,,,\"No\nlocation\",,,Burglary,,\n";
        string crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        RecordingSink a = RecordingSink.Read(lf);
        using var bomStream = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(crlf)]);
        RecordingSink b = RecordingSink.Read(bomStream, "2024-07-gwent-street.csv");

        Assert.Equal(3, a.Accepted);
        Assert.Equal(a.Keys, b.Keys);
    }

    [Fact]
    public void ReadAll_ReimportedFile_SameKeys()
    {
        string text = $"{Header}\n{Asb}\n{Asb}\n";

        Assert.Equal(RecordingSink.Read(text).Keys, RecordingSink.Read(text).Keys);
    }

    [Fact]
    public void Compute_SameTextDifferentKind_DifferentKeys()
    {
        Assert.NotEqual(RowKeyHasher.Compute(SourceKind.Street, 0, "x"), RowKeyHasher.Compute(SourceKind.Outcomes, 0, "x"));
    }

    [Fact]
    public void Next_RowsDifferingOnlyInOneCharacter_DifferentKeys()
    {
        using var hasher = new RowKeyHasher(SourceKind.Street);

        Assert.NotEqual(hasher.Next("a,b,c"), hasher.Next("a,b,d"));
    }
}
