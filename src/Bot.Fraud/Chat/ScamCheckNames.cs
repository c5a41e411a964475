namespace Bot.Fraud.Chat;

/// <summary>Names shared with content and channels: the flow, the input handler, the command and the report payload.</summary>
public static class ScamCheckNames
{
    /// <summary>The flow that holds the scam-check step (content/flows/scams.yaml).</summary>
    public const string Flow = "scams";

    /// <summary>The step of <see cref="Flow"/> that asks for the message to check (<c>input: scam_check</c>).</summary>
    public const string Node = "check";

    /// <summary>The <c>input:</c> name of the step that receives the pasted message.</summary>
    public const string Input = "scam_check";

    /// <summary>
    /// Slash commands that check the text after them ("/kiemtra &lt;tin nhắn&gt;"). The last entry keeps
    /// printed QR codes of the old "scamcheck" flow working: Telegram sends their link as "/start scamcheck",
    /// which, with nothing after it, opens the check step like "/kiemtra".
    /// </summary>
    public static readonly IReadOnlyList<string> Commands = ["/kiemtra", "/check", "/start scamcheck"];

    /// <summary>Prefix of the "report this scam" button payload; the draft id follows.</summary>
    public const string ReportPayloadPrefix = "fr:";

    /// <summary>The answer key under which a conversation may know the resident's commune or ward.</summary>
    public const string AreaAnswerKey = "area";
}
