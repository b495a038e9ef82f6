namespace Lantern.Data.Formats.Population;

/// <summary>A population file as read: its kind and census, its rows or links, and every error found. Imported only when there are no errors.</summary>
internal sealed class PopulationFile
{
    public PopulationFile(string file, PopulationFileKind? kind, string? census, IReadOnlyList<CensusRow> rows, IReadOnlyList<AreaLink> links,
        IReadOnlyList<FileError> errors, long skipped)
    {
        File = file;
        Kind = kind;
        Census = census;
        Rows = rows;
        Links = links;
        Errors = errors;
        Skipped = skipped;
    }

    /// <summary>The file's name as given.</summary>
    public string File { get; }

    /// <summary>What the header says the file is; null when it is not recognised.</summary>
    public PopulationFileKind? Kind { get; }

    /// <summary><c>census2021</c> or <c>census2011</c> for census counts; null for a lookup.</summary>
    public string? Census { get; }

    /// <summary>The areas' residents (census files).</summary>
    public IReadOnlyList<CensusRow> Rows { get; }

    /// <summary>The areas and the areas they lie in (lookups).</summary>
    public IReadOnlyList<AreaLink> Links { get; }

    /// <summary>Every problem, with line, field and reason; the file is refused whole when there is any.</summary>
    public IReadOnlyList<FileError> Errors { get; }

    /// <summary>Rows read past on purpose: rural and urban splits of a census table, whose totals are in its Total rows.</summary>
    public long Skipped { get; }

    public bool IsSuccess => Errors.Count == 0 && Kind is not null;
}
