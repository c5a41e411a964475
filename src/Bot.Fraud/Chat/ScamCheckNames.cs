namespace Bot.Fraud.Chat;

/// <summary>Names shared with content and channels: the flow, the input handler, the command and the report payload.</summary>
public static class ScamCheckNames
{
    /// <summary>The flow content provides for the menu entry (content/flows/scamcheck.yaml).</summary>
    public const string Flow = "scamcheck";

    /// <summary>The <c>input:</c> name of the step that receives the pasted message.</summary>
    public const string Input = "scam_check";

    /// <summary>Slash commands that check the text after them ("/kiemtra &lt;tin nhắn&gt;").</summary>
    public static readonly IReadOnlyList<string> Commands = ["/kiemtra", "/check"];

    /// <summary>Prefix of the "report this scam" button payload; the draft id follows.</summary>
    public const string ReportPayloadPrefix = "fr:";

    /// <summary>The answer key under which a conversation may know the resident's commune or ward.</summary>
    public const string AreaAnswerKey = "area";
}
