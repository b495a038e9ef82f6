using System.Data.Common;
using Dapper;
using Lantern.Data.Store;
using Microsoft.Data.Sqlite;

namespace Lantern.Tests.Shared.Store;

/// <summary>The errors SQLite gives a store, made for real: for tests of how Lantern tells them apart.</summary>
internal static class SqliteRefusal
{
    /// <summary>
    /// The error of a write on <paramref name="store"/> (a SQLite file, <paramref name="file"/>) refused because another
    /// connection holds the file's write lock, as during another program's import; refused at once rather than after
    /// Lantern's usual 30 s.
    /// </summary>
    public static DbException WriteLockedByAnother(LanternStore store, string file)
    {
        using var writer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        writer.Open();
        using SqliteTransaction tx = writer.BeginTransaction(); // BEGIN IMMEDIATE: the file's write lock
        store.Connection.Execute("PRAGMA busy_timeout = 0");
        try
        {
            store.Connection.Execute("INSERT INTO label (text) VALUES ('refused')", commandTimeout: 1);
        }
        catch (DbException e)
        {
            return e;
        }
        finally
        {
            store.Connection.Execute("PRAGMA busy_timeout = 5000");
        }

        throw new InvalidOperationException("The write was not refused although another connection held the file.");
    }

    /// <summary>The error of a query on a table that is not there: a store's error that is not a lock.</summary>
    public static DbException NoSuchTable(LanternStore store)
    {
        try
        {
            store.Connection.Execute("SELECT * FROM no_such_table");
        }
        catch (DbException e)
        {
            return e;
        }

        throw new InvalidOperationException("A table that is not there was read.");
    }
}
