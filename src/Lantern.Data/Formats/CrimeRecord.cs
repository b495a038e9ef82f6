using Lantern.Core.Crimes;

namespace Lantern.Data.Formats;

/// <summary>A street-file row or a force-export row (see <see cref="LocatedRecord"/> for the common fields).</summary>
internal sealed class CrimeRecord : LocatedRecord
{
    /// <summary>The crime type as given.</summary>
    public string CategoryRaw { get; set; } = string.Empty;

    /// <summary>The canonical category; <see cref="CrimeCategory.Unknown"/> when the raw text is not recognised.</summary>
    public CrimeCategory Category { get; set; }

    /// <summary>The outcome as given; null when blank.</summary>
    public string? OutcomeRaw { get; set; }

    /// <summary>The canonical outcome.</summary>
    public OutcomeCategory Outcome { get; set; }

    /// <summary>The context column; null when blank.</summary>
    public string? Context { get; set; }

    /// <summary>Force export only: Home Office offence code normalised to <c>NNN/NN</c>.</summary>
    public string? OffenceCode { get; set; }

    /// <summary>Force export only: start of the committed window, local wall-clock time (Europe/London), kind Unspecified.</summary>
    public DateTime? CommittedFrom { get; set; }

    /// <summary>Force export only: end of the committed window, local wall-clock time (Europe/London), kind Unspecified.</summary>
    public DateTime? CommittedTo { get; set; }

    /// <summary>Copies every field into <paramref name="target"/>: the reader reuses its records, so a sink that keeps one copies it.</summary>
    public void CopyTo(CrimeRecord target)
    {
        ArgumentNullException.ThrowIfNull(target);
        CopyLocatedTo(target);
        target.CategoryRaw = CategoryRaw;
        target.Category = Category;
        target.OutcomeRaw = OutcomeRaw;
        target.Outcome = Outcome;
        target.Context = Context;
        target.OffenceCode = OffenceCode;
        target.CommittedFrom = CommittedFrom;
        target.CommittedTo = CommittedTo;
    }
}
