using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

/// <summary>Keeps copies of everything a reader sends (records are reused by the reader, so each is copied).</summary>
internal sealed class RecordingSink : IRowSink
{
    public List<(long Line, UInt128 Key, CrimeRecord Record)> Crimes { get; } = [];

    public List<(long Line, UInt128 Key, OutcomeRecord Record)> Outcomes { get; } = [];

    public List<(long Line, UInt128 Key, StopSearchRecord Record)> Searches { get; } = [];

    public List<RowReject> Rejects { get; } = [];

    public IEnumerable<UInt128> Keys => Crimes.Select(c => c.Key).Concat(Outcomes.Select(o => o.Key)).Concat(Searches.Select(s => s.Key));

    public int Accepted => Crimes.Count + Outcomes.Count + Searches.Count;

    public void Crime(long line, UInt128 key, CrimeRecord record) => Crimes.Add((line, key, Copy<CrimeRecord>(record.CopyTo)));

    public void Outcome(long line, UInt128 key, OutcomeRecord record) => Outcomes.Add((line, key, Copy<OutcomeRecord>(record.CopyTo)));

    public void StopSearch(long line, UInt128 key, StopSearchRecord record) => Searches.Add((line, key, Copy<StopSearchRecord>(record.CopyTo)));

    public void Reject(RowReject reject) => Rejects.Add(reject);

    private static T Copy<T>(Action<T> copyTo)
        where T : new()
    {
        var copy = new T();
        copyTo(copy);
        return copy;
    }

    /// <summary>Opens text as a file and reads it all; fails the test when the header is refused.</summary>
    public static RecordingSink Read(string text, string fileName = "2024-07-gwent-street.csv", int? epsg = null,
        IReadOnlyDictionary<string, int>? heldCrs = null, DateOnly? today = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return Read(stream, fileName, epsg, heldCrs, today);
    }

    public static RecordingSink Read(Stream stream, string fileName, int? epsg = null, IReadOnlyDictionary<string, int>? heldCrs = null,
        DateOnly? today = null)
    {
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, fileName, epsg);
        Assert.True(open.IsSuccess, open.Error?.ToString());
        using PoliceFileReader reader = open.Reader;
        reader.HeldCrs = heldCrs;
        reader.Today = today;
        var sink = new RecordingSink();
        reader.ReadAll(sink, CancellationToken.None);
        return sink;
    }
}
