namespace Lantern.Data.Store;

/// <summary>The first entry at which the audit chain fails, and how.</summary>
internal sealed record AuditBreak(long EntryId, string Reason);
