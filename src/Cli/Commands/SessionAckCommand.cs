using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session ack &lt;id&gt; &lt;alarm&gt;`: a responder acknowledges a firing alarm.</summary>
public static class SessionAckCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var alarm = new Argument<string>("alarm") { Description = "The firing alarm's id (see 'practice session alarms')." };
        var json = JsonOption.Create();
        var command = new Command("ack", "Responder: acknowledge a firing alarm.") { session, alarm, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/alarms/{Uri.EscapeDataString(parseResult.GetValue(alarm)!)}/ack", body: null, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                var acked = RemoteJson.Read<AlarmView>(reply);
                output.WriteLine($"Acknowledged {acked.Id} (firing since {SimTime.Format(acked.Since)}) as {acked.AcknowledgedBy} at {SimTime.Format(acked.AcknowledgedAt ?? acked.Since)}.");
            }

            return PracticeCli.Success;
        });
        return command;
    }
}
