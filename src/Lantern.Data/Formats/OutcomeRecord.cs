using Lantern.Core.Crimes;

namespace Lantern.Data.Formats;

/// <summary>A data.police.uk outcomes-file row (see <see cref="LocatedRecord"/> for the common fields).</summary>
internal sealed class OutcomeRecord : LocatedRecord
{
    /// <summary>The outcome type as given.</summary>
    public string OutcomeRaw { get; set; } = string.Empty;

    /// <summary>The canonical outcome.</summary>
    public OutcomeCategory Outcome { get; set; }

    /// <summary>Copies every field into <paramref name="target"/>: the reader reuses its records, so a sink that keeps one copies it.</summary>
    public void CopyTo(OutcomeRecord target)
    {
        ArgumentNullException.ThrowIfNull(target);
        CopyLocatedTo(target);
        target.OutcomeRaw = OutcomeRaw;
        target.Outcome = Outcome;
    }
}
