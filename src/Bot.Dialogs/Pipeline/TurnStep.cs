namespace Bot.Dialogs.Pipeline;

/// <summary>One place in the turn pipeline: a named handler type, or the slot for plug-ins composed nowhere by name.</summary>
/// <param name="Name">How the step reads in the composition and in docs/architecture.md: <c>Use&lt;PrivacyGuardTurnHandler&gt;()</c>.</param>
/// <param name="HandlerType">The handler's type; null for the plug-in slot.</param>
public sealed record TurnStep(string Name, Type? HandlerType)
{
    /// <summary>The slot where every other registered <see cref="ITurnHandler"/> runs, in registration order.</summary>
    public static TurnStep PlugIns { get; } = new("UsePlugIns()", null);

    /// <summary>The step that runs the handler of type <typeparamref name="THandler"/>.</summary>
    public static TurnStep Of<THandler>() where THandler : class, ITurnHandler =>
        new($"Use<{typeof(THandler).Name}>()", typeof(THandler));
}
