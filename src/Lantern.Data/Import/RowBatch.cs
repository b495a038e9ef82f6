using Lantern.Data.Formats;

namespace Lantern.Data.Import;

/// <summary>
/// A reusable block of parsed rows handed from the reading thread to the writing thread. The reader reuses its record
/// objects between rows, so each row is copied into a record the batch owns; batches are recycled, so the steady
/// state allocates nothing.
/// </summary>
internal sealed class RowBatch
{
    public const int Capacity = 2048;

    private readonly RowKind[] _kinds = new RowKind[Capacity];
    private readonly long[] _lines = new long[Capacity];
    private readonly UInt128[] _keys = new UInt128[Capacity];
    private readonly CrimeRecord?[] _crimes = new CrimeRecord?[Capacity];
    private readonly OutcomeRecord?[] _outcomes = new OutcomeRecord?[Capacity];
    private readonly StopSearchRecord?[] _searches = new StopSearchRecord?[Capacity];
    private readonly RowReject[] _rejects = new RowReject[Capacity];

    private enum RowKind : byte
    {
        Crime,
        Outcome,
        StopSearch,
        Reject,
    }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public void Clear() => Count = 0;

    public void AddCrime(long line, UInt128 key, CrimeRecord r)
    {
        CrimeRecord c = _crimes[Count] ??= new CrimeRecord();
        r.CopyTo(c);
        Push(RowKind.Crime, line, key);
    }

    public void AddOutcome(long line, UInt128 key, OutcomeRecord r)
    {
        OutcomeRecord o = _outcomes[Count] ??= new OutcomeRecord();
        r.CopyTo(o);
        Push(RowKind.Outcome, line, key);
    }

    public void AddStopSearch(long line, UInt128 key, StopSearchRecord r)
    {
        StopSearchRecord s = _searches[Count] ??= new StopSearchRecord();
        r.CopyTo(s);
        Push(RowKind.StopSearch, line, key);
    }

    public void AddReject(RowReject reject)
    {
        _rejects[Count] = reject;
        Push(RowKind.Reject, reject.Line, default);
    }

    /// <summary>Replays the rows, in file order, into <paramref name="sink"/>.</summary>
    public void WriteTo(IRowSink sink)
    {
        for (int i = 0; i < Count; i++)
        {
            switch (_kinds[i])
            {
                case RowKind.Crime: sink.Crime(_lines[i], _keys[i], _crimes[i]!); break; // set by AddCrime at this index
                case RowKind.Outcome: sink.Outcome(_lines[i], _keys[i], _outcomes[i]!); break;
                case RowKind.StopSearch: sink.StopSearch(_lines[i], _keys[i], _searches[i]!); break;
                default: sink.Reject(_rejects[i]); break;
            }
        }
    }

    private void Push(RowKind kind, long line, UInt128 key)
    {
        _kinds[Count] = kind;
        _lines[Count] = line;
        _keys[Count] = key;
        Count++;
    }
}
