using System.Text;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed class CsvTokenizerTests
{
    private sealed record Row(long Line, string[] Fields, string Raw, string? Malformed, int MalformedField);

    private static List<Row> Tokenize(string text, int maxPerRead = int.MaxValue, bool bom = false)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        using var stream = new TrickleStream(bytes, maxPerRead);
        List<Row> rows = TokenizeStream(stream);
        Assert.Equal(bytes.Length, stream.Position);
        return rows;
    }

    private static List<Row> TokenizeStream(Stream stream)
    {
        using var tokenizer = new CsvTokenizer(stream);
        var rows = new List<Row>();
        while (tokenizer.ReadRecord())
        {
            string[] fields = new string[tokenizer.FieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = tokenizer.Field(i).ToString();
            }

            rows.Add(new Row(tokenizer.Line, fields, tokenizer.RawRecord.ToString(), tokenizer.Malformed, tokenizer.MalformedField));
        }

        Assert.Equal(stream.Length, tokenizer.BytesRead);
        return rows;
    }

    [Theory]
    [InlineData(int.MaxValue)] // whole input in one read
    [InlineData(1)] // one byte per read: every boundary falls inside a field, a quote pair and a CRLF
    [InlineData(3)] // odd chunks split the multi-byte UTF-8 of 'é' and '£'
    public void ReadRecord_QuotedFieldsAndEscapes_UnquotesAndTracksLines(int maxPerRead)
    {
        string text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",plain\n\"two\nlines\",é,£5\n";

        List<Row> rows = Tokenize(text, maxPerRead);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["a", "b", "c"], rows[0].Fields);
        Assert.Equal(["x, y", "say \"hi\"", "plain"], rows[1].Fields);
        Assert.Equal("\"x, y\",\"say \"\"hi\"\"\",plain", rows[1].Raw);
        Assert.Equal(["two\nlines", "é", "£5"], rows[2].Fields);
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Null(r.Malformed));
    }

    [Fact]
    public void ReadRecord_LineAfterMultiLineRecord_CountsPhysicalLines()
    {
        List<Row> rows = Tokenize("h\n\"a\nb\nc\"\nnext\n");

        Assert.Equal([1L, 2L, 5L], rows.Select(r => r.Line));
        Assert.Equal("next", rows[2].Fields[0]);
    }

    [Theory]
    [InlineData("a,b\r\nc,d\r\n")] // CRLF throughout
    [InlineData("a,b\nc,d\n")] // LF throughout
    [InlineData("a,b\r\nc,d")] // CRLF, no terminator on the last line
    [InlineData("a,b\nc,d\r\n")] // mixed endings in one file
    [InlineData("\"a\",b\r\n\"c\",d\r\n")] // CRLF after a quoted field takes the slow path
    public void ReadRecord_LineEndings_SameFieldsAndRawText(string text)
    {
        List<Row> rows = Tokenize(text);

        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "b"], rows[0].Fields);
        Assert.Equal(["c", "d"], rows[1].Fields);
        Assert.DoesNotContain('\r', rows[0].Raw + rows[1].Raw);
        Assert.DoesNotContain('\n', rows[0].Raw + rows[1].Raw);
    }

    [Fact]
    public void ReadRecord_ByteOrderMark_IsSkipped()
    {
        List<Row> rows = Tokenize("Crime ID,Month\n", bom: true);

        Assert.Equal("Crime ID", rows[0].Fields[0]);
        Assert.Equal("Crime ID,Month", rows[0].Raw);
    }

    [Fact]
    public void ReadRecord_ByteOrderMarkArrivingByteByByte_IsSkipped()
    {
        List<Row> rows = Tokenize("x\n", maxPerRead: 1, bom: true);

        Assert.Equal("x", Assert.Single(rows).Fields[0]);
    }

    [Theory]
    [InlineData("a,,c\n", new[] { "a", "", "c" })] // empty middle field
    [InlineData("a,b,\n", new[] { "a", "b", "" })] // trailing comma is an empty last field
    [InlineData(",\n", new[] { "", "" })] // a lone comma is two empty fields
    [InlineData("\"\",x\n", new[] { "", "x" })] // empty quoted field
    [InlineData("a\"b,c\n", new[] { "a\"b", "c" })] // a quote inside an unquoted field is kept literally
    [InlineData("\"a\"\"\",b\n", new[] { "a\"", "b" })] // escaped quote at the end of a quoted field
    [InlineData("a,\"b,c\"", new[] { "a", "b,c" })] // quoted last field with no line terminator
    public void ReadRecord_EdgeFields_Splits(string text, string[] expected)
    {
        Row row = Assert.Single(Tokenize(text));

        Assert.Equal(expected, row.Fields);
        Assert.Null(row.Malformed);
    }

    [Fact]
    public void ReadRecord_BlankLines_AreSkippedButCounted()
    {
        List<Row> rows = Tokenize("a\n\n\r\nb\n");

        Assert.Equal(["a", "b"], rows.Select(r => r.Fields[0]));
        Assert.Equal([1L, 4L], rows.Select(r => r.Line));
    }

    [Fact]
    public void ReadRecord_EmptyStream_ReturnsFalse() => Assert.Empty(Tokenize(string.Empty));

    [Fact]
    public void ReadRecord_UnterminatedQuote_IsMalformedAndTakesTheRest()
    {
        List<Row> rows = Tokenize("a,b\n\"open,c\nd,e\n");

        Assert.Equal(2, rows.Count);
        Assert.StartsWith("malformed quoting: unterminated quoted field", rows[1].Malformed);
        Assert.Equal(["open,c\nd,e\n"], rows[1].Fields);
    }

    [Fact]
    public void ReadRecord_TextAfterClosingQuote_IsMalformedButFieldsLineUp()
    {
        Row row = Assert.Single(Tokenize("\"a\"x,b\n"));

        Assert.Equal("malformed quoting: text after a closing quote", row.Malformed);
        Assert.Equal(["a", "b"], row.Fields);
    }

    [Theory]
    [InlineData(int.MaxValue)] // one read
    [InlineData(7919)] // records straddle many refills
    public void ReadRecord_RecordsLongerThanTheBuffer_AreReadWhole(int maxPerRead)
    {
        string longField = new('x', 300_000);
        string text = $"{longField},\"{longField}\"\"\"\nend\n";

        List<Row> rows = Tokenize(text, maxPerRead);

        Assert.Equal(2, rows.Count);
        Assert.Equal(longField, rows[0].Fields[0]);
        Assert.Equal(longField + "\"", rows[0].Fields[1]);
        Assert.Equal("end", rows[1].Fields[0]);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public void ReadRecord_ManyRecordsAcrossBuffers_AllLinesNumbered()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 50_000; i++)
        {
            builder.Append(i).Append(",\"q").Append(i % 7 == 0 ? "\"\"" : string.Empty).Append("\",tail\n");
        }

        List<Row> rows = Tokenize(builder.ToString(), maxPerRead: 4093);

        Assert.Equal(50_000, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(i + 1, rows[i].Line);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i].Fields[0]);
        }
    }

    [Fact]
    public void ReadRecord_UnquotedRecordsOfEveryShape_SameAsSplit()
    {
        // Commas before, on and after every 16-character step of the vectorised split, and empty fields in runs.
        var random = new Random(16);
        var lines = new List<string>();
        for (int n = 0; n < 2_000; n++)
        {
            int fields = random.Next(1, 40);
            lines.Add(string.Join(',', Enumerable.Range(0, fields).Select(_ => new string((char)('a' + random.Next(26)), random.Next(0, 20)))));
        }

        List<Row> rows = Tokenize(string.Join('\n', lines.Select(l => l.Length == 0 ? "x" : l)) + "\n");

        Assert.Equal(lines.Count, rows.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            Assert.Equal((lines[i].Length == 0 ? "x" : lines[i]).Split(','), rows[i].Fields);
        }
    }

    [Theory]
    [InlineData(int.MaxValue)] // the byte order mark and the text in one read
    [InlineData(1)] // a byte at a time: the BOM's two bytes and every character's two bytes arrive apart
    public void ReadRecord_Utf16WithByteOrderMark_ReadsAsUtf8Would(int maxPerRead)
    {
        const string Text = "Crime ID,Location\nx,\"Café, £5\"\n";
        foreach (Encoding encoding in (Encoding[])[new UnicodeEncoding(bigEndian: false, byteOrderMark: true), new UnicodeEncoding(bigEndian: true, byteOrderMark: true)])
        {
            byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)];
            using var stream = new TrickleStream(bytes, maxPerRead);

            List<Row> rows = TokenizeStream(stream);

            Assert.Equal(Tokenize(Text).Select(r => (r.Line, r.Raw, string.Join('|', r.Fields))), rows.Select(r => (r.Line, r.Raw, string.Join('|', r.Fields))));
            Assert.All(rows, r => Assert.Null(r.Malformed));
        }
    }

    [Theory]
    [InlineData(int.MaxValue)] // one read
    [InlineData(1)] // a byte at a time: every CR arrives before what follows it is known
    public void ReadRecord_LoneCarriageReturns_EndLines(int maxPerRead)
    {
        // Old Mac Excel ends lines with CR alone; a file pasted together can mix all three endings.
        List<Row> rows = Tokenize("a,b\rc,\"d\re\"\r\nf,g\nh,i\r", maxPerRead);

        Assert.Equal([["a", "b"], ["c", "d\ne"], ["f", "g"], ["h", "i"]], rows.Select(r => r.Fields));
        Assert.Equal([1L, 2L, 4L, 5L], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.DoesNotContain('\r', r.Raw));
    }

    [Theory]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9 }, 1)] // "Café" in Windows-1252: 0xE9 is not UTF-8
    [InlineData(new byte[] { 0xA3, 0x35 }, 1)] // "£5" in Windows-1252
    [InlineData(new byte[] { 0x61, 0x00, 0x62 }, 1)] // a NUL byte inside a field
    public void ReadRecord_TextThatCannotBeKept_IsMalformedOnItsField(byte[] field, int index)
    {
        byte[] bytes = [.. "h1,h2\nok,fine\nx,"u8, .. field, .. "\nnext,row\n"u8];
        using var stream = new MemoryStream(bytes);

        List<Row> rows = TokenizeStream(stream);

        Assert.Equal(4, rows.Count);
        Assert.Null(rows[1].Malformed);
        Assert.NotNull(rows[2].Malformed);
        Assert.Null(rows[3].Malformed);
        Assert.Equal(3, rows[2].Line);
        Assert.Equal(index, rows[2].MalformedField);
    }

    [Fact]
    public void ReadRecord_LineLongerThanTheLimit_OneMalformedRecordAndTheNextLineKeepsItsNumber()
    {
        string text = "a,b\nx," + new string('y', CsvTokenizer.MaxRecordLength + 500_000) + "\nc,d\n";

        List<Row> rows = Tokenize(text, maxPerRead: 65_521);

        Assert.Equal(3, rows.Count);
        Assert.StartsWith("the line is longer than", rows[1].Malformed);
        Assert.Equal(["c", "d"], rows[2].Fields);
        Assert.Equal(3, rows[2].Line);
        Assert.Null(rows[2].Malformed);
    }

    [Fact]
    public void Field_IndexBeyondRecord_Throws()
    {
        using var stream = new MemoryStream("a,b\n"u8.ToArray());
        using var tokenizer = new CsvTokenizer(stream);
        Assert.True(tokenizer.ReadRecord());

        Assert.Throws<ArgumentOutOfRangeException>(() => tokenizer.Field(2).Length);
    }
}
