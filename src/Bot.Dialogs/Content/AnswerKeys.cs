namespace Bot.Dialogs.Content;

/// <summary>Answer keys with a meaning outside one flow, shared by the engine and plug-ins.</summary>
public static class AnswerKeys
{
    /// <summary>
    /// The commune or ward the resident chose (an id from <c>areas.yaml</c>, e.g. "ha-noi.hoan-kiem"):
    /// set by the alert subscription and by the contact step's commune picker, read by the contact
    /// step and by scam reports. Kept when a flow is restarted; erased with "delete my data".
    /// </summary>
    public const string Area = "area";
}
