using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>Collects the problems of one file, in the order found.</summary>
internal sealed class ProblemSink(string file)
{
    private readonly List<ScenarioProblem> _problems = [];

    public string File { get; } = file;

    public int Count => _problems.Count;

    public void Add(YamlNode node, string message) => Add(node.Start, message);

    public void Add(Mark mark, string message) =>
        _problems.Add(new ScenarioProblem(File, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message));

    public ImmutableArray<ScenarioProblem> ToImmutable() =>
        [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];
}
