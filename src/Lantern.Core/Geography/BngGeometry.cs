using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Lantern.Core.Geography;

/// <summary>
/// The one place Lantern sets up NetTopologySuite for British National Grid geometries (STYLE rule 12): an
/// <see cref="NtsGeometryServices"/> with SRID 27700 and a floating precision model, and the factory made from it.
/// </summary>
/// <remarks>
/// Floating precision keeps projected metres as computed: boundaries arrive generalised (to 20 m for ONS files),
/// so snapping vertices to a fixed grid would add nothing but a chance of invalid rings. Both members are
/// immutable and thread safe.
/// </remarks>
public static class BngGeometry
{
    /// <summary>The EPSG code of British National Grid.</summary>
    public const int Srid = 27700;

    /// <summary>The geometry services: floating precision, SRID 27700.</summary>
    public static NtsGeometryServices Services { get; } = new(new PrecisionModel(PrecisionModels.Floating), Srid);

    /// <summary>The factory every BNG geometry in Lantern is built with.</summary>
    public static GeometryFactory Factory { get; } = Services.CreateGeometryFactory(Srid);
}
