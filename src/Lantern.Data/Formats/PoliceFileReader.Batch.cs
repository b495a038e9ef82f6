namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
    // Rejects waiting for the keys of the valid rows before them, at most; keeps memory bounded on a bad file.
    private const int MaxPending = 256;

    // Valid rows wait until eight are ready so that their keys are hashed in one pass (RowKeyHasher); rejects wait
    // with them so the sink still sees every row in file order. Each waiting valid row has its own record slot.
    private readonly List<PendingRow> _pending = [];
    private readonly UInt128[] _batchKeys = new UInt128[MultiBufferSha256.Lanes];
    private readonly CrimeRecord[] _crimes = NewSlots<CrimeRecord>();
    private readonly OutcomeRecord[] _outcomes = NewSlots<OutcomeRecord>();
    private readonly StopSearchRecord[] _searches = NewSlots<StopSearchRecord>();

    private enum RowType : byte
    {
        Reject,
        Crime,
        Outcome,
        StopSearch,
    }

    // The record slot the next valid row fills.
    private int Slot => _keys.Pending;

    private static T[] NewSlots<T>()
        where T : new()
    {
        var slots = new T[MultiBufferSha256.Lanes];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i] = new T();
        }

        return slots;
    }

    private void Reject(IRowSink sink, string field, string reason)
    {
        ReadOnlySpan<char> raw = _tokenizer.RawRecord;
        if (raw.Trim().TrimStart('\uFEFF').SequenceEqual(_headerRaw.AsSpan().Trim()))
        {
            // Two files joined into one (cat, or copy and paste) repeat the header part way down, with the second file's byte
            // order mark when it had one: say so, not "not a month: 'Month'".
            (field, reason) = (RecordField, "the header line again: two files joined into one? (the rows after it are read as before)");
        }

        // A NUL is kept visible as the symbol for NUL: PostgreSQL text cannot hold the character itself.
        string rawText = raw.Contains('\0') ? raw.ToString().Replace('\0', '\u2400') : raw.ToString();
        _pending.Add(new PendingRow(RowType.Reject, 0, new RowReject(_tokenizer.Line, field, reason, rawText)));
        if (_pending.Count >= MaxPending)
        {
            Flush(sink);
        }
    }

    private void Accept(IRowSink sink, RowType type)
    {
        string force = type switch
        {
            RowType.Crime => _crimes[Slot].ForceSlug,
            RowType.Outcome => _outcomes[Slot].ForceSlug,
            _ => _searches[Slot].ForceSlug,
        };
        if (!HeldInThisCrs(sink, force))
        {
            return;
        }

        if (!ReferenceEquals(force, _lastForce))
        {
            // A file's rows are nearly always one force: slugs come pooled or from the table of forces, so the set is
            // looked at when the force changes, not on every row.
            _forces.Add(force);
            _lastForce = force;
        }

        _pending.Add(new PendingRow(type, Slot, new RowReject(_tokenizer.Line, string.Empty, string.Empty, string.Empty)));
        _keys.Add(_trailingUnnamed == 0 ? _tokenizer.RawRecord : WithoutTrailingUnnamed(_tokenizer.RawRecord));
        if (_keys.IsFull)
        {
            Flush(sink);
        }
    }

    // A force's records are all in one system: the first file to bring the force sets it (adopted), and a row of a force
    // held in another system is rejected on its force field, so that no analysis ever mixes two systems' metres.
    private bool HeldInThisCrs(IRowSink sink, string force)
    {
        if (_heldCrs is null)
        {
            return true;
        }

        if (!_forceEpsg.TryGetValue(force, out int held))
        {
            if (_heldCrs.TryGetValue(force, out held))
            {
                _forceEpsg[force] = held;
            }
            else
            {
                held = Crs.Epsg;
                _forceEpsg[force] = held;
                _adopted[force] = held;
            }
        }

        if (held == Crs.Epsg)
        {
            return true;
        }

        string field = Kind switch
        {
            SourceKind.Street or SourceKind.Outcomes => PoliceColumns.Street[PoliceColumns.FallsWithin],
            SourceKind.StopAndSearch => "file name",
            SourceKind.VpdGeoDash => "(force)",
            _ => PoliceColumns.For(Kind)[1], // the Force column of both force exports
        };
        Reject(sink, field, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"force {force}'s records are held in EPSG:{held}, this file's coordinates are in EPSG:{Crs.Epsg}: a force's places are never mixed " +
            $"between coordinate systems (give the file's --crs as EPSG:{held}, or import it under another force)"));
        return false;
    }

    private void Flush(IRowSink sink)
    {
        _keys.Flush(_batchKeys);
        foreach (PendingRow row in _pending)
        {
            long line = row.Reject.Line;
            switch (row.Type)
            {
                case RowType.Reject:
                    sink.Reject(row.Reject);
                    break;
                case RowType.Crime:
                    sink.Crime(line, _batchKeys[row.Slot], _crimes[row.Slot]);
                    break;
                case RowType.Outcome:
                    sink.Outcome(line, _batchKeys[row.Slot], _outcomes[row.Slot]);
                    break;
                default:
                    sink.StopSearch(line, _batchKeys[row.Slot], _searches[row.Slot]);
                    break;
            }
        }

        _pending.Clear();
    }

    // A valid row's line travels in Reject.Line (with empty text) to keep the entry small.
    private readonly record struct PendingRow(RowType Type, int Slot, RowReject Reject);
}
