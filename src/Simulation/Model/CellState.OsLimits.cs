using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Operating-system limits: an instance whose process has an open-file limit (set by a fault or raised with
/// <c>ulimit</c>) counts every open descriptor against it: its connections, hung sockets nobody closes, descriptors
/// it leaked and its own files. A new call needs a descriptor; at the limit, calls fail at once with EMFILE. A
/// restart closes everything the process held (the leak, if its cause remains, fills the table again).
/// Instances without a limit skip all of this.
/// </summary>
internal sealed partial class CellState
{
    /// <summary>Descriptors a process holds for itself: binaries, libraries, logs, pipes, the listening socket.</summary>
    public const double BaseFds = 64;

    /// <summary>How long a closed connection's local port stays in TIME_WAIT.</summary>
    public const double TimeWaitSeconds = 60;

    private static void ApplyFdLimit(ref InstanceState instance, double load)
    {
        // Connections already count the hung sockets that hold pool slots.
        var held = BaseFds + instance.LeakedFds;
        var wanted = instance.Connections;
        var free = Math.Max(0, instance.MaxFds - held);
        instance.OpenFds = held + Math.Min(wanted, free);
        if (load <= 0 || wanted <= free)
        {
            return;
        }

        var fail = wanted <= 0 ? 1 : 1 - (free / wanted);
        if (fail > instance.ErrorShare)
        {
            instance.Reason = FailureReason.TooManyOpenFiles;
        }

        instance.ErrorShare = 1 - ((1 - instance.ErrorShare) * (1 - fail));
        instance.Connections = Math.Min(instance.Connections, free);
    }
}
