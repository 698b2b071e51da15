using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session lesson &lt;id&gt; &lt;text&gt;`: any participant adds a lesson learned or suggestion, while assessing
/// or after the debrief; prints the lesson as saved and every lesson so far.
/// </summary>
public static class SessionLessonCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var text = new Argument<string[]>("text") { Description = "The lesson (quote it, or let the words run on).", Arity = ArgumentArity.OneOrMore };
        var kind = new Option<string>("--kind") { Description = "A lesson learned, or a suggestion for incident response or for the practice.", DefaultValueFactory = _ => "lesson" }
            .AcceptOnlyFromAmong("lesson", "response", "practice");
        var json = JsonOption.Create();
        var command = new Command("lesson", "Add a lesson learned or suggestion (while assessing or after the debrief).") { session, text, kind, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/lessons", new { text = string.Join(' ', parseResult.GetValue(text)!), kind = ApiKind(parseResult.GetValue(kind)) }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                var saved = RemoteJson.Read<SavedLesson>(reply);
                output.WriteLine($"Saved: {Line(saved.Lesson)}");
                output.WriteLine($"The session has {saved.Lessons.Length} lesson(s):");
                foreach (var lesson in saved.Lessons)
                {
                    output.WriteLine($"  - {Line(lesson)}");
                }
            }

            return PracticeCli.Success;
        });
        return command;
    }

    private static string Line(Lesson lesson) => lesson.Kind == "lesson" ? $"{lesson.Text} ({lesson.By})" : $"{lesson.Text} ({lesson.By}, {lesson.Kind})";

    private static string ApiKind(string? kind) => kind switch
    {
        "response" => "responseSuggestion",
        "practice" => "practiceSuggestion",
        _ => "lesson",
    };
}
