namespace Bot.Dialogs.Engine;

/// <summary>Names of the Stateless states the content compiles to.</summary>
/// <remarks>
/// <c>bot</c> is the root (global commands live there), <c>menu</c> the main menu, each flow id a
/// superstate, and <c>flow/node</c> each step, a substate of its flow.
/// </remarks>
public static class StateKeys
{
    public const string Root = "bot";
    public const string Menu = "menu";

    public static string Node(string flow, string node) => flow + "/" + node;

    /// <summary>Splits "flow/node"; returns (null, null) for the menu.</summary>
    public static (string? Flow, string? Node) Split(string state)
    {
        var slash = state.IndexOf('/');
        return slash < 0 ? (null, null) : (state[..slash], state[(slash + 1)..]);
    }
}
