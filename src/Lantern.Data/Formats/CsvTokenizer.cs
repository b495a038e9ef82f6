using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Lantern.Data.Formats;

/// <summary>
/// A forward-only RFC 4180 tokenizer over a UTF-8 stream: optional BOM, double-quoted fields with <c>""</c> escapes
/// and embedded commas and line breaks, CRLF or LF line endings, and the physical line number where each record
/// starts. Fields are exposed as spans into a reused buffer, so reading a record allocates nothing.
/// </summary>
/// <remarks>
/// Hand-written rather than CsvHelper because the import target is at least 1,000,000 data.police.uk street rows
/// per second on one core, with validation, projection and row keys included. On the benchmark machine (AMD EPYC,
/// .NET 10) Lantern's whole path reads about 1.6 million generated street rows a second and this tokenizer alone
/// about 9 million, while CsvHelper 33, only splitting the fields into strings and parsing the coordinates, reads
/// about 0.9 million (StreetParsingBenchmarks in bench/Lantern.Bench/Parsing). Unquoted records, which are all of
/// data.police.uk's, take a fast path: one vectorised search for the line end, one for a quote, then the commas
/// sixteen characters at a time.
/// Blank lines are skipped (they are not records). Not thread safe.
/// </remarks>
internal sealed class CsvTokenizer : IDisposable
{
    /// <summary>A record longer than this is cut off and reported as malformed (an unterminated quote, usually).</summary>
    internal const int MaxRecordLength = 1 << 20;

    private const int ByteChunk = 64 * 1024;
    private const int InitialChars = 128 * 1024;

    private static readonly SearchValues<char> s_fieldEnd = SearchValues.Create(",\n");

    private readonly Stream _stream;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private byte[] _bytes;
    private char[] _chars;
    private char[] _scratch;
    private int _pos;
    private int _end;
    private bool _eof;
    private bool _started;
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

    /// <summary>Why the current record's quoting is malformed, or null when it is well formed.</summary>
    /// <remarks>A malformed record is still tokenized as well as possible so that reading can go on.</remarks>
    public string? Malformed { get; private set; }

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
            if (newline < 0 && !_eof && available < MaxRecordLength)
            {
                Fill();
                continue;
            }

            if (available == 0)
            {
                return false;
            }

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
                return true;
            }

            if (TryReadQuoted(data, final: _eof || available >= MaxRecordLength))
            {
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

    private static void ThrowFieldIndex(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "Field index beyond the record's field count.");

    // Most records: no quotes, so every comma separates fields. Sixteen characters are compared per step and the
    // commas read off a bit mask, instead of one search call per field.
    private void SplitUnquoted(int start, int length)
    {
        _recordStart = start;
        _recordLength = length;
        Malformed = null;
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
                    malformed ??= "unterminated quoted field";
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
                    malformed ??= "text after a closing quote";
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

        _end += decoded;
        if (read == 0)
        {
            _eof = true;
        }
    }
}
