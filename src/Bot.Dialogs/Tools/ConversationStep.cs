using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>One exchange of a conversation test: what is sent, and what must hold afterwards.</summary>
public sealed record ConversationStep(StepKind Kind, string Value, StepExpectation? Expect, SourceLocation Location)
{
    /// <summary>The step as an editor wrote it, e.g. <c>user: "kich hoat vneid"</c>.</summary>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}: \"{Value}\"";
}
