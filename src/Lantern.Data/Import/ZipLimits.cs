using System.Globalization;

namespace Lantern.Data.Import;

/// <summary>
/// What a .zip may expand to before it is refused as a possible zip bomb. A bomb costs no memory here (entries are read
/// as streams) but hours of hashing and parsing, on the web server as on the command line. Immutable.
/// </summary>
/// <param name="MaxEntries">Entries (files and folders) one archive may hold.</param>
/// <param name="MaxEntryBytes">The most one entry may expand to.</param>
/// <param name="MaxRatio">The most an entry, or the whole archive, may expand to per compressed byte.</param>
/// <param name="RatioFromBytes">Entries up to this size are never refused for their ratio: a tiny file's ratio says nothing.</param>
/// <param name="MaxArchiveBytes">The most one archive's .csv files may expand to together, whatever its size: the ratio alone
/// lets a 1 GB archive of many moderately compressed entries expand to 100 GB.</param>
internal sealed record ZipLimits(int MaxEntries, long MaxEntryBytes, int MaxRatio, long RatioFromBytes, long MaxArchiveBytes = ZipLimits.DefaultMaxArchiveBytes)
{
    /// <summary>
    /// 32 GiB. data.police.uk's largest download (every force, 36 months, all three kinds) is a few GB unzipped (about
    /// 7 GB: 20 million street and outcome rows of about 200 bytes): 32 GiB is four times that, and still what the import
    /// reads in minutes, not hours.
    /// </summary>
    public const long DefaultMaxArchiveBytes = 32L << 30;

    /// <summary>
    /// The defaults. data.police.uk's largest download (every force, 36 months, all three kinds) holds about 4,900 CSV
    /// files: 100,000 entries is twenty times that. Its largest CSV, a Metropolitan Police month, is about 40 MB and a
    /// force export of several years a few hundred MB: 4 GiB an entry is ten times that. Its CSVs compress 3:1 to 5:1
    /// (street, outcomes) and up to 16:1 (stop and search, mostly empty fields; measured on ../shared/data): 100:1 is six
    /// times the most seen, while a bomb's entries expand 1,000:1 (deflate's limit is about 1,032:1).
    /// </summary>
    public static ZipLimits Default { get; } = new(MaxEntries: 100_000, MaxEntryBytes: 4L << 30, MaxRatio: 100, RatioFromBytes: 1 << 20);

    /// <summary>Why an entry is refused, or null when it is within the limits.</summary>
    /// <param name="bytes">
    /// Its uncompressed size as the archive declares it (what is read is held to it: <see cref="ZipEntryStream"/>).
    /// </param>
    /// <param name="compressedBytes">Its compressed size.</param>
    public string? Refusal(long bytes, long compressedBytes)
    {
        if (bytes > MaxEntryBytes)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"expands to {bytes:N0} bytes, more than the {MaxEntryBytes:N0} a .zip entry may: refused as a possible zip bomb " +
                $"(unzip it and import the file itself)");
        }

        if (bytes > RatioFromBytes && bytes > (double)MaxRatio * compressedBytes)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"expands from {compressedBytes:N0} to {bytes:N0} bytes, over {MaxRatio}:1 where police CSVs compress about 5:1: " +
                $"refused as a possible zip bomb");
        }

        return null;
    }
}
