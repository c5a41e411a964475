using Bot.Dialogs.Content;

namespace Bot.Dialogs.Engine;

/// <summary>A content button together with the step it belongs to.</summary>
/// <param name="State">The state it is shown on ("menu" or "flow/node").</param>
/// <param name="Trigger">Its payload, which is also its Stateless trigger.</param>
internal sealed record ButtonRef(string State, string Trigger, ButtonDefinition Button, FlowDefinition? Flow, NodeDefinition? Node);
