using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>
/// Delivers updates to a bot's webhook the way Telegram's server does: <c>POST</c> with the
/// <c>X-Telegram-Bot-Api-Secret-Token</c> header, and on any answer outside 2xx (or a dropped connection)
/// the same update again after a delay that starts small and doubles (Telegram: 1 s doubling to about a
/// minute; shorter here), until a 2xx or the deadline. A 2xx whose body names a method is run on
/// <paramref name="api"/>, as Telegram runs it.
/// </summary>
public sealed class TelegramWebhookPusher(HttpClient http, string secret, string path = "/telegram/webhook", FakeBotApi? api = null)
{
    private readonly List<(int UpdateId, int Status)> _attempts = [];

    /// <summary>The first wait before delivering again.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between deliveries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Every delivery attempt so far: the update and the HTTP status (0 when the connection failed).</summary>
    public IReadOnlyList<(int UpdateId, int Status)> Attempts
    {
        get
        {
            lock (_attempts)
            {
                return _attempts.ToList();
            }
        }
    }

    /// <summary>Delivers <paramref name="update"/> until the webhook answers 2xx; returns every status it answered, in order.</summary>
    /// <exception cref="TimeoutException">No 2xx before <paramref name="deadline"/> passed.</exception>
    public async Task<IReadOnlyList<int>> DeliverAsync(JsonObject update, TimeSpan deadline)
    {
        var id = update["update_id"]!.GetValue<int>();
        var statuses = new List<int>();
        var until = DateTime.UtcNow + deadline;
        var delay = FirstRetryDelay;
        while (true)
        {
            var status = await PostOnceAsync(update.ToJsonString());
            statuses.Add(status);
            lock (_attempts)
            {
                _attempts.Add((id, status));
            }

            if (status is >= 200 and < 300)
            {
                return statuses;
            }

            if (DateTime.UtcNow + delay > until)
            {
                throw new TimeoutException($"update {id} was refused until the deadline: {string.Join(", ", statuses)}");
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
    }

    private async Task<int> PostOnceAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        try
        {
            using var response = await http.SendAsync(request);
            if (api is not null)
            {
                await api.ExecuteWebhookReplyAsync(response);
            }

            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
