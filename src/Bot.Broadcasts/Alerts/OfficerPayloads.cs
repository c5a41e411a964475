namespace Bot.Broadcasts.Alerts;

/// <summary>Button payloads of the officers' dialog (prefix "o:"; all well under 64 bytes).</summary>
public static class OfficerPayloads
{
    public const string Prefix = "o:";
    public const string AreasDone = "o:ad";
    public const string Submit = "o:send";
    public const string Rewrite = "o:re";
    public const string Discard = "o:x";

    public static string Area(string areaId) => "o:a:" + areaId;
    public static string Topic(string topic) => "o:t:" + topic;
    public static string Urgency(bool urgent) => urgent ? "o:u:1" : "o:u:0";
    public static string Approve(string id) => "o:ok:" + id;
    public static string Reject(string id) => "o:no:" + id;
    public static string Cancel(string id) => "o:c:" + id;
}
