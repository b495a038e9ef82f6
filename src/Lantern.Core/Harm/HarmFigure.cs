using System.Globalization;

namespace Lantern.Core.Harm;

/// <summary>
/// How a harm figure is written wherever people read it: a place's reason, the command line's table, the briefing and
/// the tasking page. One rule, so that a place's harm is the same number everywhere it is shown.
/// </summary>
public static class HarmFigure
{
    /// <summary>A harm figure in whole units of its table, thousands separated by commas: "102,218".</summary>
    /// <param name="harm">The harm, in the harm table's unit (days of imprisonment for the Crime Harm Index).</param>
    /// <returns>The figure as .NET's "N0" format writes it in the invariant culture.</returns>
    /// <remarks>
    /// The decimals are no more than the weights' arithmetic, so they are not shown. A half goes to the even neighbour
    /// (102,218.5 is 102,218; 1,283.5 is 1,284), where JavaScript's <c>Math.round</c> goes up: a browser must not round
    /// the raw figure again but show this text, which the web sends beside it. Thread safe.
    /// </remarks>
    public static string Whole(double harm) => harm.ToString("N0", CultureInfo.InvariantCulture);
}
