using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Operations.Tests.Support;

/// <summary>Sends a message through the real turn pipeline as if it came from a Telegram chat.</summary>
/// <remarks>Officers are never registered on the web chat: its conversation ids are chosen by the browser.</remarks>
public static class OfficerChat
{
    public static async Task<TurnResult> SayAsync(IServiceProvider services, string chatId, string text) =>
        await services.GetRequiredService<TurnProcessor>()
            .ProcessAsync(new ConversationKey("telegram", chatId), InboundMessage.FromText(text, Guid.NewGuid().ToString("N")));

    public static string? Link(TurnResult result) =>
        result.Replies.SelectMany(r => r.Buttons).FirstOrDefault(b => b.IsLink)?.Url;

    public static string Texts(TurnResult result) => string.Join("\n", result.Replies.Select(r => r.Text));
}
