namespace PracticePlatform.Silo.Hosting;

/// <summary>A start that cannot succeed as configured; its message is the one line an operator sees.</summary>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException);
