using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// Stakeholders: `practice session stakeholder &lt;id&gt; --from ROLE --text TEXT [--expects-answer]` (instigators post as a
/// stakeholder), `practice session stakeholders &lt;id&gt;` (every stakeholder message) and `practice session answer
/// &lt;id&gt; &lt;number&gt; --text TEXT` (responders answer one).
/// </summary>
public static class SessionStakeholderCommand
{
    public static Command BuildPost(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var from = new Option<string>("--from") { Description = "The stakeholder's role as responders see it, such as \"Support (Dana)\".", Required = true };
        var text = new Option<string>("--text") { Description = "What the stakeholder says (it must not give the solution away).", Required = true };
        var expectsAnswer = new Option<bool>("--expects-answer") { Description = "The debrief counts it unanswered unless a responder answers it." };
        var json = JsonOption.Create();
        var command = new Command("stakeholder", "Instigator: post in the channel as a stakeholder (support, product, an executive).") { session, from, text, expectsAnswer, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/stakeholder-messages",
                new { from = parseResult.GetValue(from), text = parseResult.GetValue(text), expectsAnswer = parseResult.GetValue(expectsAnswer) }, cancellationToken);
            Print(output, parseResult.GetValue(json), reply);
            return PracticeCli.Success;
        });
        return command;
    }

    public static Command BuildList(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("stakeholders", "List the stakeholder messages so far, with who answered them.") { session, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/sessions/{parseResult.Read(session)}/stakeholder-messages", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
                return PracticeCli.Success;
            }

            var messages = RemoteJson.Read<StakeholderMessage[]>(reply);
            if (messages.Length == 0)
            {
                output.WriteLine("No stakeholder messages yet.");
            }

            foreach (var message in messages)
            {
                output.WriteLine(StakeholderText.Line(message));
            }

            return PracticeCli.Success;
        });
        return command;
    }

    public static Command BuildAnswer(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var number = new Argument<int>("number") { Description = "The stakeholder message's number (#n in the channel)." };
        var text = new Option<string>("--text") { Description = "The answer.", Required = true };
        var json = JsonOption.Create();
        var command = new Command("answer", "Responder: answer a stakeholder message.") { session, number, text, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/stakeholder-messages/{parseResult.GetValue(number)}/answer",
                new { text = parseResult.GetValue(text) }, cancellationToken);
            Print(output, parseResult.GetValue(json), reply);
            return PracticeCli.Success;
        });
        return command;
    }

    private static void Print(TextWriter output, bool json, System.Text.Json.JsonElement reply)
    {
        if (json)
        {
            JsonOutput.Write(output, reply);
        }
        else
        {
            output.WriteLine(StakeholderText.Line(RemoteJson.Read<StakeholderMessage>(reply)));
        }
    }
}
