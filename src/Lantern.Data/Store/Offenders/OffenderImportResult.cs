namespace Lantern.Data.Store.Offenders;

/// <summary>What importing one offender records file did: nothing when it was imported before, else rows added and updated.</summary>
/// <param name="AlreadyImported">True when the same file (by SHA-256) was imported before: nothing changed.</param>
/// <param name="Rows">Rows in the file.</param>
/// <param name="Added">Records new to the store.</param>
/// <param name="Updated">Records of a person and crime already held whose fields changed (a later export: the role moved on).</param>
/// <param name="People">People in the file.</param>
internal sealed record OffenderImportResult(bool AlreadyImported, int Rows, int Added, int Updated, int People);
