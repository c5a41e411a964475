namespace Bot.Dialogs.Tools;

/// <summary>What a conversation-test step sends.</summary>
public enum StepKind
{
    /// <summary>Typed text (<c>user:</c>).</summary>
    User,
    /// <summary>A press on the button with this exact label from the previous replies (<c>press:</c>).</summary>
    Press,
    /// <summary>A raw payload such as <c>c:back</c> (<c>payload:</c>).</summary>
    Payload,
}
