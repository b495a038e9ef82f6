namespace Lantern.Core.Forecasting;

/// <summary>What an event weighs in a forecast.</summary>
public enum EventWeighting
{
    /// <summary>Every event counts 1.</summary>
    Count,

    /// <summary>Every event counts its harm weight (Cambridge Crime Harm Index days by default): a rape counts for more than a bicycle theft.</summary>
    Harm,
}
