using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// The network between instances: round-trip time between datacenters and link-level cuts between two groups.
/// Each live cut k owns two bits of an instance's link mask (bit 2k: side A, bit 2k+1: side B); two instances
/// cannot talk when one has a cut's A bit and the other its B bit. Everything here is skipped when the scenario has
/// no round-trip times and no cut is live, so existing scenarios run exactly as before.
/// </summary>
internal sealed partial class CellState
{
    /// <summary>At most this many link cuts are modelled at once (two bits each in an int); more are ignored.</summary>
    public const int MaxLinkCuts = 16;

    private const int SideABits = 0x55555555;

    private int[] _linkMask = [];
    private readonly long[] _linkSince = new long[MaxLinkCuts];
    private int _linkCuts;
    private int[] _splitBrain = [];
    private bool[] _splitHealed = [];
    private double[] _callerDc = [];
    private double[] _receiverDc = [];

    private void InitNetwork()
    {
        _linkMask = new int[Topology.InstanceCount];
        _splitBrain = new int[Topology.Databases.Length];
        Array.Fill(_splitBrain, -1);
        _splitHealed = new bool[Topology.Databases.Length];
        _callerDc = new double[Topology.Datacenters.Length];
        _receiverDc = new double[Topology.Datacenters.Length];
    }

    /// <summary>
    /// The primary deposed in a split brain, or -1: while the cut lasts it takes writes from its own side; until it
    /// is rebuilt its timeline has diverged from the new primary's.
    /// </summary>
    public int SplitBrainOf(int database) => _splitBrain[database];

    /// <summary>Adds the links' state to a cell's digest (it is private to the network's partial).</summary>
    public void DigestNetwork(ref Randomness.StableHash hash)
    {
        hash.Add(_linkCuts);
        foreach (var mask in _linkMask)
        {
            hash.Add(mask);
        }

        for (var k = 0; k < _linkCuts; k++)
        {
            hash.Add(_linkSince[k]);
        }

        for (var d = 0; d < _splitBrain.Length; d++)
        {
            hash.Add(_splitBrain[d]);
            hash.Add(_splitHealed[d]);
        }
    }

    /// <summary>Whether a link cut stops <paramref name="a"/> and <paramref name="b"/> from talking this second.</summary>
    public bool LinkCut(int a, int b) => LinkCutBy(a, b, ~0);

    /// <summary>Whether one of the cuts whose side bits are in <paramref name="bits"/> separates the two instances.</summary>
    private bool LinkCutBy(int a, int b, int bits)
    {
        var x = _linkMask[a] & bits;
        var y = _linkMask[b] & bits;
        return ((((x & SideABits) << 1) & y) | (((y & SideABits) << 1) & x)) != 0;
    }

    /// <summary>Before faults apply: last second's cuts are gone unless a fault sets them again.</summary>
    private void ResetLinks()
    {
        if (_linkCuts > 0)
        {
            Array.Clear(_linkMask);
            _linkCuts = 0;
        }
    }

    /// <summary>
    /// A link-partition fault cuts its live targets (side A) off from the instances its <c>other</c> parameter names
    /// (a datacenter or host; empty: everything outside the targets). Replication across the cut stops this second.
    /// </summary>
    public void CutLinks(ActiveFault fault)
    {
        if (_linkCuts >= MaxLinkCuts)
        {
            return;
        }

        var k = _linkCuts++;
        var a = 1 << (2 * k);
        var b = a << 1;
        _linkSince[k] = fault.InjectedAt;
        var other = fault.Text("other");
        var type = EntityType.Service;
        var index = -1;
        var named = other.Length > 0 && Topology.TryFind(other, out type, out index) && type is EntityType.Host or EntityType.Datacenter;
        for (var i = 0; i < _linkMask.Length; i++)
        {
            var host = Topology.InstanceHost[i];
            if (!named || (type == EntityType.Host ? host == index : Topology.HostDatacenter[host] == index))
            {
                _linkMask[i] |= b;
            }
        }

        for (var t = 0; t < fault.Targets.Length; t++)
        {
            var i = fault.Targets[t];
            _linkMask[i] = (_linkMask[i] & ~b) | (fault.Mitigated[t] ? 0 : a);
        }

        StopReplicationAcross(a | b);
    }

    private void WriteNetwork(SnapshotWriter writer)
    {
        writer.Write(_linkMask);
        writer.Write(_linkSince);
        writer.Write(_linkCuts);
        writer.Write(_splitBrain);
        writer.Write(_splitHealed);
    }

    private void ReadNetwork(SnapshotReader reader)
    {
        reader.Into(_linkMask);
        reader.Into(_linkSince);
        _linkCuts = reader.Int(0, MaxLinkCuts, "a link cut count of");
        reader.Into(_splitBrain, -1, Topology.InstanceCount - 1, "a split-brain primary");
        reader.Into(_splitHealed);
    }
}
