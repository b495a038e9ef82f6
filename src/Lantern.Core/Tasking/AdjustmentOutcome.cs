namespace Lantern.Core.Tasking;

/// <summary>What an analyst adjustment did to the list.</summary>
/// <param name="Adjustment">The adjustment.</param>
/// <param name="Applied">Whether it changed the list.</param>
/// <param name="Effect">What happened, in one sentence.</param>
public sealed record AdjustmentOutcome(AnalystAdjustment Adjustment, bool Applied, string Effect);
