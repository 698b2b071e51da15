namespace PracticePlatform.Testing;

/// <summary>The repository the tests were built from: the folder above the test output holding PracticePlatform.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PracticePlatform.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No PracticePlatform.sln above {AppContext.BaseDirectory}: tests that read the repository's files run from its build output.");
    }
}
