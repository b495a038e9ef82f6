using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Lantern.Tests.Web;

/// <summary>
/// The server's own request log, as ASP.NET Core writes it ("Request starting HTTP/1.1 POST http://host/path?query"):
/// what an access log or a log shipper would keep, so that tests can say what never reaches it.
/// </summary>
public sealed class RequestLog : ILoggerProvider, ILogger
{
    /// <summary>The category that logs each request's start with its method and full address.</summary>
    public const string Category = "Microsoft.AspNetCore.Hosting.Diagnostics";

    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Every line logged so far, oldest first.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue(formatter(state, exception));

    public void Dispose()
    {
    }
}
