namespace Bot.Dialogs.Pipeline;

/// <summary>Receives free text typed at a step whose content says <c>input: &lt;Name&gt;</c> (e.g. the scam check).</summary>
public interface IInputHandler
{
    /// <summary>The name content uses in <c>input:</c>.</summary>
    string Name { get; }

    /// <summary>Answers the text; the step stays where it is unless the result carries a new record.</summary>
    ValueTask<HandlerResult> HandleAsync(TurnContext context, string text, CancellationToken cancellationToken);
}
