using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Lantern.Data.Formats;

/// <summary>
/// A forward-only RFC 4180 tokenizer over a UTF-8 stream (or UTF-16 with a byte order mark, as Excel's "Unicode" saves
/// write): optional BOM, double-quoted fields with <c>""</c> escapes and embedded commas and line breaks, CRLF, LF or lone
/// CR line endings, and the physical line number where each record starts. Fields are exposed as spans into a reused
/// buffer, so reading a record allocates nothing.
/// </summary>
/// <remarks>
/// Hand-written rather than CsvHelper because the import target is at least 1,000,000 data.police.uk street rows
/// per second on one core, with validation, projection and row keys included. On the benchmark machine (AMD EPYC,
/// .NET 10) Lantern's whole path reads about 1.6 million generated street rows a second and this tokenizer alone
/// about 9 million, while CsvHelper 33, only splitting the fields into strings and parsing the coordinates, reads
/// about 0.9 million (StreetParsingBenchmarks in bench/Lantern.Bench/Parsing). Unquoted records, which are all of
/// data.police.uk's, take a fast path: one vectorised search for the line end, one for a quote, then the commas
/// sixteen characters at a time.
/// Blank lines are skipped (they are not records). Text that cannot be stored as read, bytes that are not UTF-8 (a
/// Windows-1252 '£' or 'é') and NUL characters, makes its record <see cref="Malformed"/> rather than being changed
/// silently; a record longer than <see cref="MaxRecordLength"/> is malformed and the rest of its line skipped. Not thread
/// safe.
/// </remarks>
internal sealed class CsvTokenizer : IDisposable
{
    /// <summary>A record longer than this is cut off and reported as malformed (an unterminated quote, usually).</summary>
    internal const int MaxRecordLength = 1 << 20;

    private const int ByteChunk = 64 * 1024;
    private const int InitialChars = 128 * 1024;

    private static readonly SearchValues<char> s_fieldEnd = SearchValues.Create(",\n");

    private readonly Stream _stream;
    private Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private byte[] _bytes;
    private char[] _chars;
    private char[] _scratch;
    private int _pos;
    private int _end;
    private bool _eof;
    private bool _started;

    // Set once a decoded chunk holds a NUL or U+FFFD (what the decoder makes of a byte that is not UTF-8): from then on
    // each record is checked for them. Clean files never pay for the check.
    private bool _suspectText;

    // The last record was cut off at MaxRecordLength: what is left of its line is skipped.
    private bool _skipRestOfLine;
    private long _bytesRead;
    private long _nextLine = 1;

    private int _recordStart;
    private int _recordLength;
    private int _scratchUsed;
    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];

    /// <summary>Creates a tokenizer; the caller keeps ownership of the stream.</summary>
    /// <param name="stream">UTF-8 text, with or without a byte order mark.</param>
    public CsvTokenizer(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _bytes = ArrayPool<byte>.Shared.Rent(ByteChunk);
        _chars = ArrayPool<char>.Shared.Rent(InitialChars);
        _scratch = ArrayPool<char>.Shared.Rent(1024);
    }

    /// <summary>Bytes read from the stream so far (ahead of the current record by up to one buffer).</summary>
    public long BytesRead => _bytesRead;

    /// <summary>The physical (1-based) line number where the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>
    /// Why the current record cannot be read as written (malformed quoting, text that is not UTF-8, a NUL character, a
    /// line too long), as a reason for a user; null when it is well formed.
    /// </summary>
    /// <remarks>A malformed record is still tokenized as well as possible so that reading can go on.</remarks>
    public string? Malformed { get; private set; }

    /// <summary>The index of the field <see cref="Malformed"/> is about (where a quote opened, where bad text is), or -1.</summary>
    public int MalformedField { get; private set; } = -1;

    /// <summary>The current record's text as it appears in the file, without its line terminator.</summary>
    public ReadOnlySpan<char> RawRecord => _chars.AsSpan(_recordStart, _recordLength);

    /// <summary>A field of the current record, unquoted and unescaped.</summary>
    /// <param name="index">Zero-based field index, less than <see cref="FieldCount"/>.</param>
    /// <returns>The field text; valid until the next <see cref="ReadRecord"/>.</returns>
    public ReadOnlySpan<char> Field(int index)
    {
        if ((uint)index >= (uint)FieldCount)
        {
            ThrowFieldIndex(index);
        }

        int start = _fieldStart[index];
        return start >= 0 ? _chars.AsSpan(start, _fieldLength[index]) : _scratch.AsSpan(~start, _fieldLength[index]);
    }

    /// <summary>Moves to the next record.</summary>
    /// <returns>False at the end of the stream.</returns>
    public bool ReadRecord()
    {
        while (true)
        {
            int available = _end - _pos;
            ReadOnlySpan<char> data = _chars.AsSpan(_pos, available);
            int newline = data.IndexOf('\n');
            if (_skipRestOfLine)
            {
                _pos += newline < 0 ? available : newline + 1;
                _skipRestOfLine = newline < 0 && !_eof;
                if (_skipRestOfLine)
                {
                    Fill();
                }

                continue;
            }

            if (newline < 0 && !_eof && available < MaxRecordLength)
            {
                Fill();
                continue;
            }

            if (available == 0)
            {
                return false;
            }

            bool cutOff = newline < 0 && !_eof;

            int lineLength = newline < 0 ? available : newline;
            ReadOnlySpan<char> line = data[..lineLength];
            if (!line.Contains('"'))
            {
                int textLength = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
                Line = _nextLine++;
                int start = _pos;
                _pos += newline < 0 ? available : newline + 1;
                if (textLength == 0)
                {
                    continue;
                }

                SplitUnquoted(start, textLength);
                if (cutOff || _suspectText)
                {
                    CheckRecord(cutOff);
                }

                return true;
            }

            if (TryReadQuoted(data, final: _eof || available >= MaxRecordLength))
            {
                CheckRecord(cutOff && _pos == _end);
                return true;
            }

            Fill();
        }
    }

    /// <summary>Returns the pooled buffers. The stream is not disposed.</summary>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<char>.Shared.Return(_scratch);
        _bytes = [];
        _chars = [];
        _scratch = [];
    }

    // Marks a record that was cut off or holds text that cannot be kept as read. A cut-off record's line is skipped to its
    // end, so that the next record starts on the next line and keeps its line number.
    private void CheckRecord(bool cutOff)
    {
        if (cutOff)
        {
            _skipRestOfLine = true;
            Malformed = string.Create(CultureInfo.InvariantCulture,
                $"the line is longer than {MaxRecordLength:N0} characters (an unterminated quote, or not a CSV file?): cut off");
            MalformedField = -1;
            return;
        }

        if (!_suspectText || Malformed is not null)
        {
            return;
        }

        for (int f = 0; f < FieldCount; f++)
        {
            ReadOnlySpan<char> field = Field(f);
            int bad = field.IndexOfAny('\0', '\uFFFD');
            if (bad >= 0)
            {
                Malformed = field[bad] == '\0'
                    ? "a NUL character (byte 0): is the file UTF-16 without a byte order mark, or not text? Save it as 'CSV UTF-8'"
                    : "bytes that are not UTF-8 (shown as \uFFFD): the file was probably saved as Windows-1252 ('ANSI', " +
                      "'CSV (Comma delimited)'); save it as 'CSV UTF-8' and import it again";
                MalformedField = f;
                return;
            }
        }
    }

    private static void ThrowFieldIndex(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "Field index beyond the record's field count.");

    // Most records: no quotes, so every comma separates fields. Sixteen characters are compared per step and the
    // commas read off a bit mask, instead of one search call per field.
    private void SplitUnquoted(int start, int length)
    {
        _recordStart = start;
        _recordLength = length;
        Malformed = null;
        MalformedField = -1;
        ReadOnlySpan<char> text = _chars.AsSpan(start, length);
        int count = 0;
        int fieldStart = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            Vector256<ushort> comma = Vector256.Create((ushort)',');
            for (; i <= length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                uint mask = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), comma).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(mask);
                    AddUnquoted(ref count, start + fieldStart, at - fieldStart);
                    fieldStart = at + 1;
                    mask &= mask - 1;
                }
            }
        }

        for (; i < length; i++)
        {
            if (text[i] == ',')
            {
                AddUnquoted(ref count, start + fieldStart, i - fieldStart);
                fieldStart = i + 1;
            }
        }

        AddUnquoted(ref count, start + fieldStart, length - fieldStart);
        FieldCount = count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddUnquoted(ref int count, int start, int length)
    {
        if (count == _fieldStart.Length)
        {
            GrowFields();
        }

        _fieldStart[count] = start;
        _fieldLength[count] = length;
        count++;
    }

    // The general state machine, for a record with a quote somewhere in its first line. Returns false when the
    // buffer ends before the record does and more data may come (the caller fills and calls again from the start).
    private bool TryReadQuoted(ReadOnlySpan<char> data, bool final)
    {
        int count = 0;
        int i = 0;
        int newlines = 0;
        string? malformed = null;
        int malformedField = -1;
        _scratchUsed = 0;
        int recordEnd;
        int consumed;
        while (true)
        {
            if (count == _fieldStart.Length)
            {
                GrowFields();
            }

            if (i < data.Length && data[i] == '"')
            {
                int contentStart = i + 1;
                int j = contentStart;
                bool escaped = false;
                bool closed = false;
                while (true)
                {
                    int q = data[j..].IndexOf('"');
                    if (q < 0)
                    {
                        break;
                    }

                    j += q;
                    if (j + 1 < data.Length && data[j + 1] == '"')
                    {
                        escaped = true;
                        j += 2;
                        continue;
                    }

                    if (j + 1 == data.Length && !final)
                    {
                        return false;
                    }

                    closed = true;
                    break;
                }

                if (!closed)
                {
                    if (!final)
                    {
                        return false;
                    }

                    // Unterminated quote: the rest of the data is this field.
                    if (malformed is null)
                    {
                        malformed = "malformed quoting: unterminated quoted field (a quote opens and never closes: what follows was " +
                            "read as this one field)";
                        malformedField = count;
                    }

                    newlines += data[contentStart..].Count('\n');
                    AddField(count++, data[contentStart..], contentStart, escaped);
                    recordEnd = data.Length;
                    consumed = data.Length;
                    break;
                }

                newlines += data[contentStart..j].Count('\n');
                AddField(count++, data[contentStart..j], contentStart, escaped);
                i = j + 1;
                if (i < data.Length && data[i] is not (',' or '\n' or '\r'))
                {
                    // Text after a closing quote breaks RFC 4180; skip it so the next field still lines up.
                    if (malformed is null)
                    {
                        malformed = "malformed quoting: text after a closing quote";
                        malformedField = count - 1;
                    }

                    int skip = data[i..].IndexOfAny(s_fieldEnd);
                    i = skip < 0 ? data.Length : i + skip;
                }
            }
            else
            {
                int end = data[i..].IndexOfAny(s_fieldEnd);
                if (end < 0)
                {
                    if (!final)
                    {
                        return false;
                    }

                    end = data.Length;
                }
                else
                {
                    end += i;
                }

                int fieldEnd = end < data.Length && data[end] == '\n' && end > i && data[end - 1] == '\r' ? end - 1 : end;
                AddField(count++, data[i..fieldEnd], i, escaped: false);
                i = end;
            }

            if (i >= data.Length)
            {
                if (!final)
                {
                    return false;
                }

                recordEnd = data.Length;
                consumed = data.Length;
                break;
            }

            char c = data[i];
            if (c == ',')
            {
                i++;
                continue;
            }

            if (c == '\n')
            {
                recordEnd = i > 0 && data[i - 1] == '\r' ? i - 1 : i;
                consumed = i + 1;
                break;
            }

            // c is '\r' after a closing quote.
            if (i + 1 < data.Length && data[i + 1] == '\n')
            {
                recordEnd = i;
                consumed = i + 2;
                break;
            }

            if (i + 1 == data.Length && !final)
            {
                return false;
            }

            // A lone CR after a closing quote ends the record (old Mac line ending).
            recordEnd = i;
            consumed = i + 1;
            break;
        }

        for (int f = 0; f < count; f++)
        {
            if (_fieldStart[f] >= 0)
            {
                _fieldStart[f] += _pos;
            }
        }

        FieldCount = count;
        Malformed = malformed;
        MalformedField = malformedField;
        _recordStart = _pos;
        _recordLength = recordEnd;
        Line = _nextLine;
        _nextLine += newlines + 1;
        _pos += consumed;
        return true;
    }

    private void AddField(int index, ReadOnlySpan<char> content, int relativeStart, bool escaped)
    {
        if (!escaped)
        {
            _fieldStart[index] = relativeStart;
            _fieldLength[index] = content.Length;
            return;
        }

        if (_scratch.Length - _scratchUsed < content.Length)
        {
            char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(_scratch.Length * 2, _scratchUsed + content.Length));
            _scratch.AsSpan(0, _scratchUsed).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_scratch);
            _scratch = bigger;
        }

        int start = _scratchUsed;
        int n = 0;
        Span<char> target = _scratch.AsSpan(start);
        for (int k = 0; k < content.Length; k++)
        {
            char c = content[k];
            target[n++] = c;
            if (c == '"' && k + 1 < content.Length && content[k + 1] == '"')
            {
                k++;
            }
        }

        _scratchUsed += n;
        _fieldStart[index] = ~start;
        _fieldLength[index] = n;
    }

    private void GrowFields()
    {
        Array.Resize(ref _fieldStart, _fieldStart.Length * 2);
        Array.Resize(ref _fieldLength, _fieldLength.Length * 2);
    }

    private void Fill()
    {
        if (_pos > 0)
        {
            _chars.AsSpan(_pos, _end - _pos).CopyTo(_chars);
            _end -= _pos;
            _pos = 0;
        }

        // A UTF-8 byte decodes to at most one UTF-16 char, plus one for a sequence split across reads.
        if (_chars.Length - _end < ByteChunk + 2)
        {
            char[] bigger = ArrayPool<char>.Shared.Rent(_chars.Length * 2);
            _chars.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = bigger;
        }

        int read = _stream.Read(_bytes, 0, ByteChunk);
        _bytesRead += read;
        if (!_started && read > 0)
        {
            ChooseEncoding(ref read);
        }

        int decoded = _decoder.GetChars(_bytes, 0, read, _chars, _end, flush: read == 0);
        if (!_started && decoded > 0)
        {
            _started = true;
            if (_chars[_end] == '\uFEFF')
            {
                _chars.AsSpan(_end + 1, decoded - 1).CopyTo(_chars.AsSpan(_end));
                decoded--;
            }
        }

        Span<char> fresh = _chars.AsSpan(_end, decoded);
        _suspectText |= fresh.IndexOfAny('\0', '\uFFFD') >= 0;

        // From the last character of the previous read: a CR there waited to see whether an LF follows it.
        int from = Math.Max(_end - 1, 0);
        _end += decoded;
        if (read == 0)
        {
            _eof = true;
        }

        EndLoneCarriageReturns(_chars.AsSpan(from, _end - from), _eof);
    }

    // A byte order mark of UTF-16 (Excel's "Unicode" saves) switches the decoder; anything else is read as UTF-8. The BOM
    // arrives whole in the first read unless the stream gives a byte at a time: then the first byte is held back once.
    private void ChooseEncoding(ref int read)
    {
        if (read == 1 && _bytes[0] is 0xFF or 0xFE)
        {
            int more = _stream.Read(_bytes, 1, ByteChunk - 1);
            _bytesRead += more;
            read += more;
        }

        if (read >= 2 && (_bytes[0], _bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            _decoder = (_bytes[0] == 0xFF ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: false)).GetDecoder();
        }
    }

    // A lone CR (old Mac Excel's "CSV (Macintosh)", or a line pasted from one) ends a line as LF does: it becomes LF, so
    // the rest of the tokenizer sees only LF and CRLF. A CR at the end of the data stays until the next read shows what
    // follows it. CRLF files pay one vectorised search per line.
    private static void EndLoneCarriageReturns(Span<char> text, bool final)
    {
        int i = text.IndexOf('\r');
        while (i >= 0)
        {
            if (i + 1 < text.Length ? text[i + 1] != '\n' : final)
            {
                text[i] = '\n';
            }

            int next = text[(i + 1)..].IndexOf('\r');
            i = next < 0 ? -1 : i + 1 + next;
        }
    }
}
