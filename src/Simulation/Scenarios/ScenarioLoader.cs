using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// Loads scenario YAML and validates it: unknown keys (with suggestions), missing keys, wrong types, dangling
/// references and impossible values, each reported as file:line:col: message. Never throws on bad input.
/// </summary>
public static class ScenarioLoader
{
    public static ScenarioLoadResult LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ScenarioLoadResult(null, [new ScenarioProblem(path, 1, 1, $"cannot read file: {e.Message}")]);
        }

        return Load(text, path);
    }

    public static ScenarioLoadResult Load(string yaml, string fileName = "scenario.yaml")
    {
        var problems = new ProblemSink(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            problems.Add(e.Start, $"invalid YAML: {e.Message}");
            return new ScenarioLoadResult(null, problems.ToImmutable());
        }

        if (stream.Documents.Count != 1)
        {
            problems.Add(new Mark(), "a scenario file must hold exactly one YAML document");
            return new ScenarioLoadResult(null, problems.ToImmutable());
        }

        var scenario = new ScenarioReader(problems).Read(stream.Documents[0].RootNode);
        var all = problems.ToImmutable();
        return new ScenarioLoadResult(all.IsEmpty ? scenario with { SourceFile = fileName } : null, all);
    }
}
