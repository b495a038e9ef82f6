using Lantern.Core.Geography;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>A computed hot-spot analysis with what it was made from, and the run it was recorded as (0 when not recorded).</summary>
internal sealed record HotspotsRunResult(
    HotspotResult Result,
    string Force,
    YearMonth First,
    YearMonth Last,
    GridSpec Grid,
    StoredArea? Area,
    LoadedCrimes Loaded,
    AreaCodes Areas,
    Func<CellId, string?>? AreaOf,
    ExclusionMask? Mask,
    List<string> Choices,
    long RunId,
    string ParametersJson,
    string InputsJson,
    string ResultJson);
