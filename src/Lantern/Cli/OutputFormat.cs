namespace Lantern.Cli;

internal enum OutputFormat
{
    Table,
    Json,
    Csv,
    GeoJson,
}
