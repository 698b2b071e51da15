using System.Xml.Linq;
using PracticePlatform.Testing;

namespace PracticePlatform.Chart.Tests.Images;

/// <summary>A project shipped as an image: its folder under src, its Dockerfile and project file.</summary>
public sealed record Deployable(string Folder)
{
    public string ProjectFile => Directory.EnumerateFiles(RepositoryRoot.Combine("src", Folder), "*.csproj").Single();

    public string DockerfilePath => RepositoryRoot.Combine("src", Folder, "Dockerfile");

    /// <summary>The assembly the image runs (the project's AssemblyName).</summary>
    public string AssemblyName => XDocument.Load(ProjectFile).Descendants("AssemblyName").Single().Value;

    /// <summary>Every project file the deployable builds from, its own included, relative to the repository (forward slashes).</summary>
    public IReadOnlySet<string> ProjectClosure()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(ProjectFile)]);
        while (pending.TryPop(out var project))
        {
            if (!found.Add(Path.GetRelativePath(RepositoryRoot.Path, project).Replace('\\', '/')))
            {
                continue;
            }
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include)));
            }
        }
        return found;
    }

    public override string ToString() => Folder;
}
