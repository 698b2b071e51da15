using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tools;

/// <summary>A command responders can type: its name (one or two words), tool pack, usage line and handler.</summary>
internal sealed record CommandSpec(string Name, ToolPack Pack, string Usage, string Summary, Func<CommandContext, CommandResult> Run);
