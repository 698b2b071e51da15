namespace PracticePlatform.Chart.Tests.Images;

/// <summary>A Dockerfile read into its instructions (continued lines joined, comments dropped), grouped by stage.</summary>
public sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<Instruction> instructions) => Instructions = instructions;

    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>The instructions of each stage, each list starting with its FROM.</summary>
    public IReadOnlyList<IReadOnlyList<Instruction>> Stages
    {
        get
        {
            var stages = new List<List<Instruction>>();
            foreach (var instruction in Instructions)
            {
                if (instruction.Name == "FROM")
                {
                    stages.Add([]);
                }
                Assert.True(stages.Count > 0, $"'{instruction}' comes before the first FROM.");
                stages[^1].Add(instruction);
            }
            return stages;
        }
    }

    public static Dockerfile Read(string path)
    {
        var instructions = new List<Instruction>();
        var current = "";
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && current.Length == 0))
            {
                continue;
            }
            if (line.EndsWith('\\'))
            {
                current += line[..^1] + " ";
                continue;
            }
            current += line;
            if (current.Trim().Length > 0)
            {
                var (name, arguments) = current.Trim().Split(' ', 2, StringSplitOptions.TrimEntries) switch
                {
                    [var only] => (only, ""),
                    [var first, var rest] => (first, rest),
                    _ => throw new FormatException(current),
                };
                instructions.Add(new Instruction(name.ToUpperInvariant(), arguments));
            }
            current = "";
        }
        return new Dockerfile(instructions);
    }

    /// <summary>One instruction, e.g. <c>COPY</c> with <c>src/ src/</c>.</summary>
    public sealed record Instruction(string Name, string Arguments)
    {
        public override string ToString() => $"{Name} {Arguments}";
    }
}
