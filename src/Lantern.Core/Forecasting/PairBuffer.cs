namespace Lantern.Core.Forecasting;

/// <summary>
/// The arrays <see cref="TriggerPairs"/> fills (parent, delay bin, offset bin a pair), sized once from a bound and grown only
/// when the bound was too large to allocate. Threads may fill disjoint stretches at once; growing is for one thread only.
/// </summary>
internal sealed class PairBuffer
{
    public PairBuffer(int capacity)
    {
        Parent = new int[capacity];
        DelayBin = new ushort[capacity];
        OffsetBin = new ushort[capacity];
    }

    public int[] Parent { get; private set; }

    public ushort[] DelayBin { get; private set; }

    public ushort[] OffsetBin { get; private set; }

    /// <summary>Grows the arrays, by half as much again, if <paramref name="count"/> pairs from <paramref name="position"/>
    /// do not fit.</summary>
    /// <exception cref="InvalidOperationException">They would pass the largest array .NET allows.</exception>
    public void EnsureRoom(int position, int count)
    {
        if ((long)position + count > Array.MaxLength)
        {
            throw new InvalidOperationException(
                $"More than {Array.MaxLength:N0} candidate (parent, child) pairs within the cut-offs: set a cap on parents per child (maxParents) or shorter cut-offs.");
        }

        if (position + count > Parent.Length)
        {
            int grown = (int)Math.Min(Math.Max(Parent.Length * 3L / 2, position + count), Array.MaxLength);
            Resize(grown);
        }
    }

    /// <summary>Moves <paramref name="count"/> pairs from <paramref name="from"/> to <paramref name="to"/> (the ranges may
    /// overlap).</summary>
    public void Move(int from, int to, int count)
    {
        if (from != to && count > 0)
        {
            Array.Copy(Parent, from, Parent, to, count);
            Array.Copy(DelayBin, from, DelayBin, to, count);
            Array.Copy(OffsetBin, from, OffsetBin, to, count);
        }
    }

    /// <summary>Trims the arrays to <paramref name="count"/> pairs only when a quarter or more is spare: a copy holds both
    /// sizes at once, gigabytes at a million events.</summary>
    public void TrimIfSpare(int count)
    {
        if (count < Parent.Length * 3L / 4)
        {
            Resize(count);
        }
    }

    private void Resize(int length)
    {
        int[] parent = Parent;
        ushort[] delayBin = DelayBin, offsetBin = OffsetBin;
        Array.Resize(ref parent, length);
        Array.Resize(ref delayBin, length);
        Array.Resize(ref offsetBin, length);
        (Parent, DelayBin, OffsetBin) = (parent, delayBin, offsetBin);
    }
}
