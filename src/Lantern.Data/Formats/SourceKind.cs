namespace Lantern.Data.Formats;

/// <summary>The kind of file a row came from; stored as an integer (never renumber) and hashed into row keys.</summary>
internal enum SourceKind
{
    /// <summary>data.police.uk street file (<c>YYYY-MM-force-street.csv</c>).</summary>
    Street = 1,

    /// <summary>data.police.uk outcomes file (<c>YYYY-MM-force-outcomes.csv</c>).</summary>
    Outcomes = 2,

    /// <summary>data.police.uk stop-and-search file (<c>YYYY-MM-force-stop-and-search.csv</c>).</summary>
    StopAndSearch = 3,

    /// <summary>A force's own export with timestamps (docs/formats.md).</summary>
    ForceExport = 4,

    /// <summary>A force's own stop-and-search export, with search ids, officers, body-worn video and grounds (docs/formats.md).</summary>
    StopSearchExport = 5,

    /// <summary>
    /// The Vancouver Police Department's GeoDASH open-data export (docs/formats.md): timestamped incidents with X/Y in
    /// EPSG:26910. Its crimes are stored as <see cref="ForceExport"/> crimes (timestamped), the file as this kind.
    /// </summary>
    VpdGeoDash = 6,
}
