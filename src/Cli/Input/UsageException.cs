namespace PracticePlatform.Cli.Input;

/// <summary>Bad input from the person at the terminal: reported as one line on stderr with exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
