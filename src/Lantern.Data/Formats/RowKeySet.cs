using System.Buffers;

namespace Lantern.Data.Formats;

/// <summary>
/// The set of row keys seen in a file, to count repeated rows: open addressing with linear probing over a pooled
/// array, because keys are SHA-256 prefixes (already uniformly random, so their low bits are the hash) and because a
/// <see cref="HashSet{T}"/> growing past 85 KB allocates on the large object heap for every file imported.
/// </summary>
/// <remarks>16 to 32 bytes per key (the table doubles at half full). Not thread safe; dispose to return the array.</remarks>
internal sealed class RowKeySet : IDisposable
{
    private const int InitialCapacity = 1024;

    private UInt128[] _slots;
    private int _mask;
    private bool _hasZero;

    /// <summary>Creates an empty set.</summary>
    public RowKeySet()
    {
        _slots = Rent(InitialCapacity);
        _mask = InitialCapacity - 1;
    }

    /// <summary>The number of keys held.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>False when the key was already there.</returns>
    public bool Add(UInt128 key)
    {
        // Zero marks an empty slot, so the (2^-128 likely) zero key is tracked apart.
        if (key == UInt128.Zero)
        {
            if (_hasZero)
            {
                return false;
            }

            _hasZero = true;
            Count++;
            return true;
        }

        if ((Count + 1) * 2 > _mask + 1)
        {
            Grow();
        }

        if (!Insert(_slots, _mask, key))
        {
            return false;
        }

        Count++;
        return true;
    }

    /// <summary>Returns the table to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<UInt128>.Shared.Return(_slots);
        _slots = [];
        _mask = -1;
    }

    private static UInt128[] Rent(int capacity)
    {
        UInt128[] slots = ArrayPool<UInt128>.Shared.Rent(capacity);
        slots.AsSpan(0, capacity).Clear();
        return slots;
    }

    private static bool Insert(UInt128[] slots, int mask, UInt128 key)
    {
        int i = (int)(ulong)key & mask;
        while (true)
        {
            UInt128 slot = slots[i];
            if (slot == UInt128.Zero)
            {
                slots[i] = key;
                return true;
            }

            if (slot == key)
            {
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    private void Grow()
    {
        int capacity = (_mask + 1) * 2;
        UInt128[] bigger = Rent(capacity);
        int newMask = capacity - 1;
        for (int i = 0; i <= _mask; i++)
        {
            if (_slots[i] != UInt128.Zero)
            {
                Insert(bigger, newMask, _slots[i]);
            }
        }

        ArrayPool<UInt128>.Shared.Return(_slots);
        _slots = bigger;
        _mask = newMask;
    }
}
