using System.CommandLine;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Commands;

/// <summary>The <c>&lt;cohort&gt;</c> argument of <c>practice cohort show</c> and <c>add</c>.</summary>
public static class CohortIdArgument
{
    public static Argument<string> Create() => new("cohort") { Description = "The cohort's id (see 'practice cohort list')." };

    public static Guid ReadCohort(this ParseResult parseResult, Argument<string> argument) =>
        ArgumentText.ParseId(parseResult.GetValue(argument)!, "cohort id");
}
