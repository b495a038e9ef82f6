using Lantern.Core.Geography;
using Lantern.Core.Tasking;
using Lantern.Data.Formats.Exports;

namespace Lantern.Web.Services;

/// <summary>
/// A computed list as the web keeps it: what the page, the exports and publishing need, and its JSON for the page, also
/// gzipped once (a tenth of the size) for browsers that accept it. It holds no crimes, so a cached list costs kilobytes,
/// not the tens of megabytes of points it was made from.
/// </summary>
internal sealed record TaskingPage(TaskingList List, string Force, GridSpec Grid, AreaCodes Areas, Func<CellId, string?>? AreaOf, long RunId,
    string ParametersJson, byte[] Json, byte[] JsonGzip, ExportRecord Record);
