using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session deliveries &lt;id&gt;`: every attempt to deliver the session's alarms and milestones, with outcome.</summary>
public static class SessionDeliveriesCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("deliveries", "List notification delivery attempts to webhooks and email.") { session, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/sessions/{parseResult.Read(session)}/deliveries", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                DeliveryText.WriteList(output, RemoteJson.Read<DeliveryAttempt[]>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}
