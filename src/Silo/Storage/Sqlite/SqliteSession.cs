using Microsoft.Data.Sqlite;

namespace PracticePlatform.Silo.Storage.Sqlite;

/// <summary>One open connection and its commands, each prepared once and reused.</summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private SqliteSession(SqliteConnection connection)
    {
        _connection = connection;
    }

    public static SqliteSession Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return new SqliteSession(connection);
    }

    /// <summary>The command for <paramref name="sql"/>, with no parameters bound yet.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
#pragma warning disable CA2100 // Only the stores' own constant SQL reaches here; values travel as parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            _commands.Add(sql, command);
        }
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _connection.Dispose();
    }
}
