namespace Lantern.Web.Endpoints;

/// <summary>The tasking filters, as query parameters.</summary>
internal sealed record TaskingQuery(string? Force, string? Date, int? Top, string? PerArea, int? Months, int? CellSize, string? Types, string? Area,
    string? Method = null);
