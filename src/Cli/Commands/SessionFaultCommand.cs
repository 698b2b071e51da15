using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session inject &lt;id&gt; &lt;inject&gt;` and `practice session revert &lt;id&gt; &lt;fault&gt;`: the instigator starts one of
/// the scenario's injects now, or undoes an injected fault (whose id is its inject id).
/// </summary>
public static class SessionFaultCommand
{
    public static Command BuildInject(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var inject = new Argument<string>("inject") { Description = "One of the scenario's inject ids." };
        var json = JsonOption.Create();
        var command = new Command("inject", "Instigator: inject one of the scenario's faults now.") { session, inject, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/faults", new { injectId = parseResult.GetValue(inject) }, cancellationToken);
            return CommandReply.Write(output, reply, parseResult.GetValue(json));
        });
        return command;
    }

    public static Command BuildRevert(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var fault = new Argument<string>("fault") { Description = "The injected fault's id (its inject id)." };
        var json = JsonOption.Create();
        var command = new Command("revert", "Instigator: undo an injected fault.") { session, fault, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.DeleteAsync($"api/sessions/{parseResult.Read(session)}/faults/{Uri.EscapeDataString(parseResult.GetValue(fault)!)}", cancellationToken);
            return CommandReply.Write(output, reply, parseResult.GetValue(json));
        });
        return command;
    }
}
