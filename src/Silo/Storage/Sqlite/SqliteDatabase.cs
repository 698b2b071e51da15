using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PracticePlatform.Silo.Storage.Sqlite;

/// <summary>
/// One SQLite file in WAL mode. SQLite admits one writer at a time, so writes go through a queue drained by one
/// thread that commits whatever has gathered in one transaction: one WAL sync acknowledges a whole group, which is
/// what makes thousands of durable writes per second possible. Reads use a small pool of connections and never
/// wait for the writer.
/// </summary>
/// <remarks>
/// synchronous=FULL syncs the WAL on every commit, so an acknowledged write survives a process kill and a power
/// loss. (WAL with NORMAL would survive a kill -9 of the process too, but not a power loss; group commit makes FULL
/// affordable.)
/// </remarks>
internal sealed class SqliteDatabase : IDisposable
{
    private const int MaxGroupSize = 512;
    private const int MaxIdleReaders = 8;

    private readonly string _connectionString;
    private readonly string _schema;
    private readonly Lock _startLock = new();
    private readonly BlockingCollection<IQueuedWrite> _queue = [];
    private readonly ConcurrentBag<SqliteSession> _readers = [];
    private SqliteSession? _writer;
    private Thread? _writerThread;
    private bool _disposed;

    public SqliteDatabase(string databasePath, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Connections live as long as this object; pooling would only keep the file open after disposal.
            Pooling = false,
            // Also how long a statement retries while another process holds the write lock.
            DefaultTimeout = 30,
        }.ToString();
        _schema = schema;
    }

    /// <summary>Queues <paramref name="write"/> to run inside the next group transaction; completes once that is durable.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> write, CancellationToken cancellationToken)
    {
        EnsureStarted();
        var queued = new QueuedWrite<T>(write, cancellationToken);
        try
        {
            _queue.Add(queued, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(SqliteDatabase), "The SQLite store was disposed.");
        }
        return queued.Task;
    }

    /// <summary>Runs <paramref name="read"/> on a pooled reader connection.</summary>
    public T Read<T>(Func<SqliteSession, T> read)
    {
        EnsureStarted();
        if (!_readers.TryTake(out var session))
        {
            session = SqliteSession.Open(_connectionString);
        }
        try
        {
            return read(session);
        }
        finally
        {
            if (Volatile.Read(ref _disposed) || _readers.Count >= MaxIdleReaders)
            {
                session.Dispose();
            }
            else
            {
                _readers.Add(session);
            }
        }
    }

    public void Dispose()
    {
        lock (_startLock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
        }
        _queue.CompleteAdding();
        _writerThread?.Join();
        _writer?.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
        _queue.Dispose();
    }

    private void EnsureStarted()
    {
        if (Volatile.Read(ref _writerThread) is not null)
        {
            return;
        }
        lock (_startLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writerThread is not null)
            {
                return;
            }
            var writer = SqliteSession.Open(_connectionString);
            writer.Command("PRAGMA journal_mode = WAL;").ExecuteNonQuery();
            writer.Command("PRAGMA synchronous = FULL;").ExecuteNonQuery();
            writer.Command(_schema).ExecuteNonQuery();
            _writer = writer;
            var thread = new Thread(RunWriter) { IsBackground = true, Name = "SQLite writer" };
            thread.Start(writer);
            Volatile.Write(ref _writerThread, thread);
        }
    }

    private void RunWriter(object? state)
    {
        var writer = (SqliteSession)state!;
        var group = new List<IQueuedWrite>(MaxGroupSize);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            group.Add(first);
            while (group.Count < MaxGroupSize && _queue.TryTake(out var next))
            {
                group.Add(next);
            }
            CommitGroup(writer, group);
            group.Clear();
        }
    }

    private static void CommitGroup(SqliteSession writer, List<IQueuedWrite> group)
    {
        try
        {
            writer.Command("BEGIN IMMEDIATE;").ExecuteNonQuery();
            foreach (var write in group)
            {
                // A savepoint per write, so that one failing write leaves the rest of its group intact.
                writer.Command("SAVEPOINT queued_write;").ExecuteNonQuery();
                if (!write.Run(writer))
                {
                    writer.Command("ROLLBACK TO queued_write;").ExecuteNonQuery();
                }
                writer.Command("RELEASE queued_write;").ExecuteNonQuery();
            }
            writer.Command("COMMIT;").ExecuteNonQuery();
        }
#pragma warning disable CA1031 // Whatever broke the group fails its writes; the writer thread carries on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            TryRollback(writer);
            group.ForEach(write => write.Fail(exception));
            return;
        }
        group.ForEach(write => write.Acknowledge());
    }

    private static void TryRollback(SqliteSession writer)
    {
        try
        {
            writer.Command("ROLLBACK;").ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Nothing is open any more: SQLite already rolled the transaction back.
        }
    }

    private interface IQueuedWrite
    {
        /// <summary>Runs the write inside the open transaction; false when it failed and must be rolled back.</summary>
        bool Run(SqliteSession session);

        void Acknowledge();

        void Fail(Exception exception);
    }

    private sealed class QueuedWrite<T>(Func<SqliteSession, T> write, CancellationToken cancellationToken) : IQueuedWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Exception? _failure;
        private T? _result;
        private bool _skipped;

        public Task<T> Task => _completion.Task;

        public bool Run(SqliteSession session)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _skipped = true;
                return true;
            }
            try
            {
                _result = write(session);
                return true;
            }
#pragma warning disable CA1031 // The failure belongs to the caller of this write, not to the writer thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _failure = exception;
                return false;
            }
        }

        public void Acknowledge()
        {
            if (_skipped)
            {
                _completion.TrySetCanceled(cancellationToken);
            }
            else if (_failure is not null)
            {
                _completion.TrySetException(_failure);
            }
            else
            {
                _completion.TrySetResult(_result!);
            }
        }

        public void Fail(Exception exception) => _completion.TrySetException(_failure ?? exception);
    }
}
