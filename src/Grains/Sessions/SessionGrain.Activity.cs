using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// The shared activity feed: who ran what, when, whether it worked, with the output on demand. Only responders run
/// commands (instigators' injects and reverts are not commands and stay off it), and what a tool printed to a
/// responder gives nothing away that the responders may not see, so every participant reads the whole feed. The
/// session keeps the feed without output; each responder's participant grain keeps what their commands printed.
/// </summary>
public sealed partial class SessionGrain
{
    /// <summary>The most entries one feed page holds.</summary>
    public const int MaxActivityPage = 200;

    public Task<ActivityPage> ActivityAsync(Caller caller, long? after, long? before, int limit)
    {
        EnsureExists();
        RequireMember(caller);
        if (limit is < 1 or > MaxActivityPage)
        {
            throw new SessionArgumentException($"The query parameter 'limit' must be 1 to {MaxActivityPage}; {limit} is not.");
        }
        if (after is < 0)
        {
            throw new SessionArgumentException($"The query parameter 'after' must be a feed number, 0 or more; {after} is not.");
        }
        if (before is < 1)
        {
            throw new SessionArgumentException($"The query parameter 'before' must be a feed number, 1 or more; {before} is not.");
        }
        if (after is not null && before is not null)
        {
            throw new SessionArgumentException("Give the query parameter 'after' or 'before', not both.");
        }
        // Entries are numbered from 1 in order, so a number is also a position.
        var count = S.Activity.Count;
        IEnumerable<ActivityEntry> entries = after is { } a
            ? S.Activity.Skip((int)Math.Min(a, count)).Take(limit)
            : S.Activity.Take((int)Math.Min((before ?? long.MaxValue) - 1, count)).TakeLast(limit);
        return Task.FromResult(new ActivityPage([.. entries], count));
    }

    public async Task<ActivityEntry> ActivityEntryAsync(Caller caller, long number)
    {
        EnsureExists();
        RequireMember(caller);
        if (number < 1)
        {
            throw new SessionArgumentException($"The feed number 'number' must be 1 or more; {number} is not.");
        }
        if (number > S.Activity.Count)
        {
            throw new SessionNotFoundException($"The activity feed has {S.Activity.Count} entries; there is no number {number}.");
        }
        var entry = S.Activity[(int)number - 1];
        var history = await GrainFactory.GetGrain<IParticipantGrain>(ParticipantKey.Of(Id, entry.PersonId)).GetAsync();
        // The participant keeps the newest commands only; an entry older than those has no output left.
        var command = history.Commands.LastOrDefault(c => c.WallTime == entry.WallTime && c.Second == entry.Second && c.CommandLine == entry.CommandLine);
        return entry with { Output = command?.Output };
    }

    private void AddActivity(Participant responder, CommandRecord command) =>
        S.Activity.Add(new ActivityEntry(S.Activity.Count + 1, command.Second, command.WallTime, responder.PersonId, responder.Name, command.CommandLine, command.Ok, LineCount(command.Output)));

    private static int LineCount(string output)
    {
        var text = output.TrimEnd('\n');
        return text.Length == 0 ? 0 : text.Count(c => c == '\n') + 1;
    }
}
