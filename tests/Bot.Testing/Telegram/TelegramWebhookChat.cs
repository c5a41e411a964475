using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>
/// Residents and officers on Telegram talking to a bot in webhook mode, as Telegram's server carries their
/// updates: each one is posted to the webhook with the secret header, a method named in the 2xx answer is
/// run on <paramref name="api"/>, and the caller gets what the bot sent the chat meanwhile.
/// </summary>
/// <remarks>
/// The webhook answers only once the turn is committed and its replies sent, so the replies are in the
/// fake when the post returns; what the bot sends later (a delivered alert, a progress line) is waited
/// for with <see cref="WaitForAsync"/>. One place for this, so the tests of every project that drive the
/// real host over Telegram deliver updates the same way.
/// </remarks>
public sealed class TelegramWebhookChat(FakeBotApi api, HttpClient bot, string secret, string path = "/telegram/webhook")
{
    /// <summary>Someone in <paramref name="chatId"/> types <paramref name="text"/>; returns the messages the bot answered with.</summary>
    public Task<IReadOnlyList<FakeMessage>> SayAsync(long chatId, string text, string languageCode = "vi") =>
        DeliverAsync(chatId, api.TextUpdate(chatId, text, languageCode));

    /// <summary>Someone presses a button of <paramref name="message"/>; returns the bot's answer.</summary>
    public Task<IReadOnlyList<FakeMessage>> PressAsync(FakeMessage message, string callbackData) =>
        DeliverAsync(message.ChatId, api.PressUpdate(message, callbackData));

    /// <summary>
    /// Someone presses the button carrying <paramref name="callbackData"/> on the newest message of the chat that
    /// shows it (as a resident can only press a button they see); returns the bot's answer.
    /// </summary>
    /// <exception cref="InvalidOperationException">No message in the chat shows such a button.</exception>
    public Task<IReadOnlyList<FakeMessage>> PressAsync(long chatId, string callbackData)
    {
        var messages = api.MessagesIn(chatId);
        var shown = messages.LastOrDefault(m => m.Buttons.Any(b => b.CallbackData == callbackData))
            ?? throw new InvalidOperationException(
                $"No message in chat {chatId} shows a button with callback data '{callbackData}'; the buttons shown are: " +
                string.Join(", ", messages.SelectMany(m => m.Buttons).Select(b => b.CallbackData)) + ".");
        return PressAsync(shown, callbackData);
    }

    /// <summary>Posts <paramref name="update"/> to the webhook; returns the messages the chat received while the bot handled it.</summary>
    /// <exception cref="InvalidOperationException">The webhook did not answer 200 (Telegram would deliver the update again).</exception>
    public async Task<IReadOnlyList<FakeMessage>> DeliverAsync(long chatId, JsonObject update)
    {
        var before = api.MessagesIn(chatId).Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        using var response = await bot.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"The webhook answered {(int)response.StatusCode} to update {update["update_id"]}: {await response.Content.ReadAsStringAsync()}");
        }

        await api.ExecuteWebhookReplyAsync(response);
        return api.MessagesIn(chatId).Skip(before).ToList();
    }

    /// <summary>Waits until a message in <paramref name="chatId"/> contains <paramref name="fragment"/> (an edited one counts as it reads now); returns it.</summary>
    /// <exception cref="TimeoutException">None did within <see cref="Eventually.Patience"/>; the exception shows what the chat holds.</exception>
    public async Task<FakeMessage> WaitForAsync(long chatId, string fragment)
    {
        await Eventually.ReadAsync(
            () => Task.FromResult(Texts(api.MessagesIn(chatId))),
            texts => texts.Contains(fragment, StringComparison.Ordinal),
            $"a message with \"{fragment}\" in chat {chatId}");
        return api.MessagesIn(chatId).Last(m => m.Text.Contains(fragment, StringComparison.Ordinal));
    }

    /// <summary>The texts of <paramref name="messages"/>, one after the other.</summary>
    public static string Texts(IEnumerable<FakeMessage> messages) => string.Join("\n", messages.Select(m => m.Text));

    /// <summary>The callback data of every button on <paramref name="messages"/>.</summary>
    public static IReadOnlyList<string> Payloads(IEnumerable<FakeMessage> messages) =>
        messages.SelectMany(m => m.Buttons).Select(b => b.CallbackData).OfType<string>().ToList();
}
