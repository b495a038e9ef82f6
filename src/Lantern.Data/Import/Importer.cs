using System.Data.Common;
using System.Globalization;
using Dapper;
using Lantern.Core.Time;
using Lantern.Data.Formats;
using Lantern.Data.Store;

namespace Lantern.Data.Import;

/// <summary>
/// Imports files into the store: each file whole or not at all, in one transaction; the same bytes never twice; the
/// same row never twice (row keys); every rejected row kept with its file, line, field and reason.
/// </summary>
internal sealed partial class Importer
{
    private readonly LanternStore _store;
    private readonly string _lanternVersion;
    private readonly TimeProvider _time;

    public Importer(LanternStore store, string lanternVersion, TimeProvider time)
    {
        _store = store;
        _lanternVersion = lanternVersion;
        _time = time;
    }

    /// <summary>Imports one file. <paramref name="progress"/> receives bytes read so far.</summary>
    /// <param name="source">The file.</param>
    /// <param name="progress">Receives bytes read so far, or null.</param>
    /// <param name="fallbackForce">The force for a file whose rows and name do not say (the user's --force), or null.</param>
    /// <param name="cancellationToken">Cancels the import; the file is then rolled back.</param>
    /// <param name="epsg">The projected system of a force export's Easting and Northing (the user's --crs), or null for the
    /// file's own (British National Grid, or what its format implies).</param>
    public FileImportResult ImportFile(ImportSource source, Action<long>? progress, string? fallbackForce, CancellationToken cancellationToken,
        int? epsg = null)
    {
        using StagedFile staged = Stage(_store, source, progress, fallbackForce, epsg, settle: null, cancellationToken);
        if (staged.Result is { } done)
        {
            return done;
        }

        FileImportResult result = Commit(staged);
        if (!result.Failed)
        {
            progress?.Invoke(source.Length);
        }

        return result;
    }

    /// <summary>
    /// The first half of a file's import, up to its merge: hashes it, looks the hash up, and reads its rows into the
    /// store's row writer inside a new transaction on <paramref name="store"/>'s connection. The file's own problems
    /// (unreadable, damaged, changed while read, imported before) end it here, as its <see cref="StagedFile.Result"/>,
    /// with nothing left open; anything else (cancelled, the store failing) is thrown, the file rolled back. The
    /// <paramref name="settle"/> callback receives the file's hash before it is looked up (see <see cref="ImportFiles"/>).
    /// </summary>
    private StagedFile Stage(LanternStore store, ImportSource source, Action<long>? progress, string? fallbackForce, int? epsg,
        Action<string>? settle, CancellationToken cancellationToken)
    {
        var staged = new StagedFile(source, store);
        try
        {
            Read(staged, progress, fallbackForce, epsg, settle, cancellationToken);
            if (staged.Result is null)
            {
                staged.CloseSource();
            }
            else
            {
                staged.Dispose();
            }

            return staged;
        }
        catch (ImportSourceException e)
        {
            // Thrown by the file's stream, while hashing or reading (a damaged zip entry, a read failing part way): the
            // transaction, if begun, is rolled back; the other files are imported.
            staged.Dispose();
            staged.Result = new FileImportResult { Name = source.Name, Error = e.Error with { File = source.Name } };
            return staged;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or FileNotFoundException or DirectoryNotFoundException)
        {
            // This file's problem: the other files are imported.
            staged.Dispose();
            string why = e is UnauthorizedAccessException
                ? "could not be opened, its permissions do not let Lantern read it"
                : "is no longer there (moved or deleted while the import ran?)";
            staged.Result = new FileImportResult { Name = source.Name, Error = new FileError(source.Name, 1, "(file)", $"{why}: {e.Message}") };
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    private void Read(StagedFile staged, Action<long>? progress, string? fallbackForce, int? epsg, Action<string>? settle,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ImportSource source = staged.Source;
        staged.Opened = source.Open();
        using (var first = new HashingReadStream(staged.Opened, source.Name, leaveOpen: true))
        {
            staged.Sha256 = first.HashToEnd();
        }

        settle?.Invoke(staged.Sha256);
        if (Previous(staged.Store, source, staged.Sha256, epsg, fallbackForce) is { } previous)
        {
            progress?.Invoke(source.Length);
            staged.Result = previous;
            return;
        }

        // Read from the same handle when it can go back to the start (a file on disk); a zip entry is opened again.
        // Either way what is read is hashed again and held to the first hash before anything of it is committed.
        if (staged.Opened.CanSeek)
        {
            staged.Opened.Position = 0;
        }
        else
        {
            staged.Opened.Dispose();
            staged.Opened = source.Open();
        }

        staged.Hashing = new HashingReadStream(staged.Opened, source.Name, leaveOpen: true);
        PoliceFileOpenResult open = PoliceFileReader.Open(staged.Hashing, source.FileName, epsg);
        if (open.Reader is not { } reader)
        {
            FileError e = open.Error!; // Open returns a reader or an error
            staged.Result = new FileImportResult { Name = source.Name, Error = e with { File = source.Name } };
            return;
        }

        staged.Reader = reader;
        LanternStore store = staged.Store;
        reader.FallbackForceSlug = fallbackForce;
        reader.Today = UkTime.DateOf(_time.GetUtcNow());
        reader.HeldCrs = store.Connection.Query<(string Force, int Epsg)>("SELECT force, epsg FROM force_crs")
            .ToDictionary(r => r.Force, r => r.Epsg, StringComparer.Ordinal);
        if (reader.Kind == SourceKind.StopAndSearch && reader.ForceSlugFromFileName is null && fallbackForce is null)
        {
            // Stop-and-search rows carry no force: only data.police.uk's file name says whose searches they are.
            staged.Result = new FileImportResult
            {
                Name = source.Name,
                Error = new FileError(source.Name, 1, "file name",
                    "stop-and-search rows do not say which force they belong to: name the file as data.police.uk does " +
                    "(YYYY-MM-<force>-stop-and-search.csv) or give --force"),
            };
            return;
        }

        staged.Transaction = store.BeginTransaction();
        // Another import (another process, another upload) may have committed the same bytes since they were looked up:
        // the file's row is then not inserted, and the file is reported as imported before rather than failing on the
        // hash's unique key. PostgreSQL waits here for such an import still under way, and inserts if it rolls back.
        long? fileId = store.InsertReturningIdUnlessPresent(
            "INSERT INTO source_file (name, sha256, kind, force, month, rows_read, rows_imported, rows_present, rows_rejected, imported_at, lantern_version, epsg) " +
            "VALUES (@name, @sha256, @kind, @force, @month, 0, 0, 0, 0, @at, @version, @epsg) ON CONFLICT (sha256) DO NOTHING RETURNING id",
            new
            {
                name = source.Name,
                sha256 = staged.Sha256,
                kind = (int)reader.Kind,
                force = reader.ForceSlugFromFileName,
                month = reader.MonthFromFileName?.Index,
                at = _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                version = _lanternVersion,
                epsg = reader.Crs.Epsg,
            },
            staged.Transaction);
        if (fileId is not { } id)
        {
            staged.Transaction.Dispose();
            staged.Transaction = null;
            staged.Result = Previous(store, source, staged.Sha256, epsg, fallbackForce)
                ?? throw new InvalidOperationException($"{source.Name}: the store refused the file's record but holds no file with its bytes");
            progress?.Invoke(source.Length);
            return;
        }

        staged.FileId = id;
        staged.Writer = store.CreateRowWriter(staged.Transaction, staged.FileId, reader.Kind);
        ImportPipeline.Run(reader, staged.Writer, progress, cancellationToken);
        if (staged.Hashing.HashToEnd() != staged.Sha256)
        {
            // Still being written or copied, or replaced, between the first read and this one: its rows are not the
            // bytes it was recognised by, so none of them is kept (the transaction is not committed).
            staged.Result = new FileImportResult
            {
                Name = source.Name,
                Error = new FileError(source.Name, 1, SourceReadException.Field,
                    "changed while it was being imported (its bytes are not those it had when first read: still being written " +
                    "or copied?): nothing of it was stored; import it again when it is complete"),
            };
        }
    }

    /// <summary>
    /// What an import of the same bytes before says (already imported, or asked in another system or under another force),
    /// or null.
    /// </summary>
    private static FileImportResult? Previous(LanternStore store, ImportSource source, string sha256, int? epsg, string? fallbackForce)
    {
        var previous = store.Connection.QuerySingleOrDefault<(string ImportedAt, long Read, long Rejected, int Kind, string? Force, int? Epsg, string? Forces,
            string? GivenForce)?>(
            "SELECT imported_at, rows_read, rows_rejected, kind, force, epsg, forces, given_force FROM source_file WHERE sha256 = @sha256", new { sha256 });
        if (previous is { Epsg: { } readAs } old && epsg is { } asked && asked != readAs)
        {
            // The same bytes asked for in another system: saying "already imported" would hide that the rows are held in
            // the first one.
            return new FileImportResult
            {
                Name = source.Name,
                Error = new FileError(source.Name, 1, "--crs", string.Create(CultureInfo.InvariantCulture,
                    $"this file was imported on {old.ImportedAt[..10]} with its coordinates read as EPSG:{readAs}, and its rows are held so; " +
                    $"it is not read again as EPSG:{asked} (a store keeps each force in one system: import into a new store to change it)")),
            };
        }

        string? nameGives = PoliceFileReader.ParseFileName(source.FileName).ForceSlug;
        if (previous is { GivenForce: { } held } before && (nameGives ?? fallbackForce) is { } askedFor && askedFor != held)
        {
            // The rows that name no force were given one the first time, and are held under it: this import would give them
            // another, and the same bytes are not imported twice. "Already imported" said nothing of it, and the analyst
            // took the rows to be the new force's.
            return new FileImportResult
            {
                Name = source.Name,
                Error = new FileError(source.Name, 1, nameGives is null ? "--force" : "file name", string.Create(CultureInfo.InvariantCulture,
                    $"this file was imported on {before.ImportedAt[..10]} for {held} (the force given to its rows that name none), and its rows are " +
                    $"held as {held}'s; it is not imported again for {askedFor}: a file is imported once, for one force (to hold its rows as " +
                    $"{askedFor}'s, import it into a new store)")),
            };
        }

        return previous is { } p
            ? new FileImportResult
            {
                Name = source.Name,
                Kind = (SourceKind)p.Kind,
                Force = p.Force,
                Forces = p.Forces is { } forces ? forces.Split(',') : [],
                RowsRead = p.Read,
                RowsPresent = p.Read - p.Rejected,
                RowsRejected = p.Rejected,
                PreviouslyImportedAt = DateTime.Parse(p.ImportedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            }
            : null;
    }

    /// <summary>
    /// The second half of a file's import: the writer stores the rows it was given (PostgreSQL's merge), the file's forces
    /// and counts are recorded, and its transaction is committed. Uses only the staged file's connection, so it may run on
    /// another thread than the one reading the next file.
    /// </summary>
    private static FileImportResult Commit(StagedFile staged)
    {
        // Stage leaves these set on every file it has not finished itself.
        ImportSource source = staged.Source;
        LanternStore store = staged.Store;
        PoliceFileReader reader = staged.Reader!;
        StoreRowWriter writer = staged.Writer!;
        DbTransaction tx = staged.Transaction!;
        writer.Complete();
        foreach ((string force, int code) in reader.AdoptedCrs)
        {
            // Another import may have brought the same new force meanwhile: the first to commit sets its system, and a file
            // in another one fails whole rather than mix them.
            store.Connection.Execute("INSERT INTO force_crs (force, epsg) VALUES (@force, @code) ON CONFLICT (force) DO NOTHING",
                new { force, code }, tx);
            int held = store.Connection.ExecuteScalar<int>("SELECT epsg FROM force_crs WHERE force = @force", new { force }, tx);
            if (held != code)
            {
                return new FileImportResult
                {
                    Name = source.Name,
                    Error = new FileError(source.Name, 1, "(force)", string.Create(CultureInfo.InvariantCulture,
                        $"force {force} was imported in EPSG:{held} while this file (EPSG:{code}) was read: import it again")),
                };
            }
        }

        store.Connection.Execute(
            "UPDATE source_file SET rows_read = @read, rows_imported = @imported, rows_present = @present, rows_rejected = @rejected, " +
            "rows_updated = @updated, forces = @forces, given_force = @given WHERE id = @fileId",
            new
            {
                read = reader.RowsRead, imported = writer.Imported, present = writer.Present, rejected = writer.Rejected, updated = writer.Updated,
                forces = reader.Forces.Count == 0 ? null : string.Join(',', reader.Forces), given = reader.GivenForce, fileId = staged.FileId,
            },
            tx);
        tx.Commit();
        return new FileImportResult
        {
            Name = source.Name,
            Kind = reader.Kind,
            Force = reader.ForceSlugFromFileName ?? (reader.Kind == SourceKind.VpdGeoDash ? PoliceFileReader.VpdForce : null),
            Forces = [.. reader.Forces],
            RowsRead = reader.RowsRead,
            RowsImported = writer.Imported,
            RowsPresent = writer.Present,
            RowsUpdated = writer.Updated,
            RowsRejected = writer.Rejected,
            RejectsByReason = new Dictionary<string, long>(writer.RejectReasons),
            Notes = new Dictionary<string, long>(reader.Notes),
            Epsg = reader.Crs.Epsg,
        };
    }
}
