using System.Net;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Zalo's answer to one OA API call: its <c>error</c> code (0 = success) or the HTTP failure.</summary>
/// <param name="Error">Zalo's error code; 0 on success; null when the answer was not Zalo JSON.</param>
/// <param name="Message">Zalo's message (operator-facing; never contains message text).</param>
/// <param name="MessageId">For sends: <c>data.message_id</c>.</param>
/// <param name="Status">The HTTP status.</param>
public sealed record ZaloOaApiResult(int? Error, string? Message, string? MessageId, HttpStatusCode Status)
{
    public bool IsSuccess => Error == 0;
}
