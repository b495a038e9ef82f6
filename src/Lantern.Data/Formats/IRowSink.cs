namespace Lantern.Data.Formats;

/// <summary>Receives the rows of a file as <see cref="PoliceFileReader.ReadAll"/> reads them, in file order.</summary>
/// <remarks>Records are reused between calls: copy what you keep before returning.</remarks>
internal interface IRowSink
{
    /// <summary>A valid street or force-export row.</summary>
    /// <param name="line">The physical line where the row starts.</param>
    /// <param name="key">The row key for de-duplication (see <see cref="RowKeyHasher"/>).</param>
    /// <param name="record">The row, valid only during the call.</param>
    public void Crime(long line, UInt128 key, CrimeRecord record);

    /// <summary>A valid outcomes row.</summary>
    /// <param name="line">The physical line where the row starts.</param>
    /// <param name="key">The row key.</param>
    /// <param name="record">The row, valid only during the call.</param>
    public void Outcome(long line, UInt128 key, OutcomeRecord record);

    /// <summary>A valid stop-and-search row.</summary>
    /// <param name="line">The physical line where the row starts.</param>
    /// <param name="key">The row key.</param>
    /// <param name="record">The row, valid only during the call.</param>
    public void StopSearch(long line, UInt128 key, StopSearchRecord record);

    /// <summary>A row that failed validation.</summary>
    /// <param name="reject">What failed and where.</param>
    public void Reject(RowReject reject);
}
