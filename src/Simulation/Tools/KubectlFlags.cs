namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// kubectl's short flags, which the generic parser leaves among the words: <c>-l app=x</c> (or <c>--selector</c>),
/// <c>-n ns</c> (or <c>--namespace</c>) and <c>-A</c> (or <c>--all-namespaces</c>); what remains are the positional
/// words. Every workload of the cell lives in the <see cref="Namespace"/> namespace.
/// </summary>
internal sealed class KubectlFlags
{
    public const string Namespace = "default";

    private KubectlFlags(List<string> positional, string? selector, string? ns, bool allNamespaces)
    {
        Positional = positional;
        Selector = selector;
        RequestedNamespace = ns;
        AllNamespaces = allNamespaces;
    }

    /// <summary>The words that are neither flags nor flag values, the command's own two words included.</summary>
    public IReadOnlyList<string> Positional { get; }

    public string? Selector { get; }

    public string? RequestedNamespace { get; }

    public bool AllNamespaces { get; }

    public string this[int index] => index < Positional.Count ? Positional[index] : "";

    public static KubectlFlags Of(CommandLine line)
    {
        var positional = new List<string>();
        string? selector = line.Option("l") ?? line.Option("selector"), ns = line.Option("n") ?? line.Option("namespace");
        var all = line.Option("all-namespaces") is not null || line.Option("A") is not null;
        var words = line.Words;
        for (var k = 0; k < words.Count; k++)
        {
            switch (words[k])
            {
                case "-l" when k + 1 < words.Count:
                    selector = words[++k];
                    break;
                case "-n" when k + 1 < words.Count:
                    ns = words[++k];
                    break;
                case "-A":
                    all = true;
                    break;
                default:
                    if (words[k].StartsWith("-l", StringComparison.Ordinal) && words[k].Length > 2)
                    {
                        selector = words[k][2..];
                    }
                    else
                    {
                        positional.Add(words[k]);
                    }

                    break;
            }
        }

        return new KubectlFlags(positional, selector, ns, all);
    }

    /// <summary>Whether a namespace other than the cell's was asked for (kubectl then finds nothing).</summary>
    public bool OtherNamespace => !AllNamespaces && RequestedNamespace is not null && RequestedNamespace != Namespace;

    /// <summary>kubectl's answer when nothing matched.</summary>
    public string NothingFound => $"No resources found in {(OtherNamespace ? RequestedNamespace : Namespace)} namespace.\n";

    /// <summary>
    /// Whether a workload of <paramref name="service"/> matches the label selector (<c>app=x</c>, <c>app==x</c> or
    /// <c>app!=x</c>). Pods carry one label, <c>app</c>; a selector on another key matches nothing.
    /// </summary>
    public bool Selects(string service, out string? problem)
    {
        problem = SelectorProblem;
        if (Selector is null || problem is not null)
        {
            return problem is null;
        }

        var (key, value, negate) = Requirement();
        var match = key == "app" && value == service;
        return negate ? key != "app" || !match : match;
    }

    /// <summary>kubectl's refusal of a label selector it cannot parse; null when there is none or it parses.</summary>
    public string? SelectorProblem =>
        Selector is not null && Requirement().Key.Length == 0
            ? $"error: unable to parse requirement: '{Selector}' (expected a selector such as app=<service>)"
            : null;

    private (string Key, string Value, bool Negate) Requirement()
    {
        var selector = Selector ?? "";
        var negate = selector.Contains("!=", StringComparison.Ordinal);
        var parts = selector.Split(negate ? "!=" : selector.Contains("==", StringComparison.Ordinal) ? "==" : "=", 2);
        return parts.Length == 2 ? (parts[0], parts[1], negate) : ("", "", negate);
    }
}
