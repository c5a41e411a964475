using Bot.Operations.Tests.Support;
using Bot.Testing.WebChat;

namespace Bot.Operations.Tests.Analytics;

public class AnalyticsThroughTheDashboardTests
{
    [Fact]
    public async Task TheFunnelShowsWhereResidentsStopped()
    {
        await using var factory = new OpsFactory();
        var http = factory.CreateClient();

        // Finishes the card flow: has a card, not urgent → "done".
        var finisher = new WebChatClient(http, "resident-a");
        await finisher.SendTextAsync("làm thẻ căn cước");
        await finisher.SendTextAsync("1");
        await finisher.SendTextAsync("2");

        // Gives up at the first question and goes back to the menu.
        var quitter = new WebChatClient(http, "resident-b");
        await quitter.SendTextAsync("làm thẻ căn cước");
        await quitter.SendTextAsync("menu");

        var stats = await AdminApi.GetAsync(http, "/api/admin/stats?days=7");
        var card = AdminApi.Flow(stats, "card");
        Assert.Equal(2, card.GetProperty("started").GetInt64());
        Assert.Equal(1, card.GetProperty("finished").GetInt64());

        var start = AdminApi.Step(card, "start");
        Assert.Equal(2, start.GetProperty("entered").GetInt64());
        Assert.Equal(1, start.GetProperty("dropped").GetInt64());
        Assert.Equal(0, AdminApi.Step(card, "ask_urgent").GetProperty("dropped").GetInt64());
        Assert.True(AdminApi.Step(card, "done").GetProperty("final").GetBoolean());

        var today = stats.GetProperty("days").EnumerateArray().Last();
        Assert.Equal(2, today.GetProperty("conversations").GetProperty("web").GetInt64());
        Assert.Equal(2, stats.GetProperty("routing").GetProperty("matched").GetInt64());
    }

    [Fact]
    public async Task PhrasesTheBotDidNotUnderstandAreListedMaskedAndCounted()
    {
        await using var factory = new OpsFactory();
        var http = factory.CreateClient();
        foreach (var chat in new[] { "resident-c", "resident-d" })
        {
            var resident = new WebChatClient(http, chat);
            await resident.SendTextAsync("xin chào");
            await resident.SendTextAsync("nhà số 12345 hỏi giá lúa"); // a phone number would make it a message to check

            // A citizen ID number is stopped by the privacy guard before routing: it never becomes a phrase.
            await resident.SendTextAsync("số 001203004567 của tôi bị khóa");
        }

        var stats = await AdminApi.GetAsync(http, "/api/admin/stats?days=1");
        var phrases = stats.GetProperty("fallback").EnumerateArray()
            .ToDictionary(p => p.GetProperty("text").GetString()!, p => p.GetProperty("count").GetInt64());
        Assert.Equal(2, phrases["nhà số ***** hỏi giá lúa"]); // numbers are starred
        Assert.DoesNotContain(phrases.Keys, p => p.Contains("001203004567") || p.Contains("12345") || p.Contains("bị khóa"));
        Assert.True(stats.GetProperty("routing").GetProperty("fallback").GetInt64() >= 2);
    }

    [Fact]
    public async Task ALongMessageIsKeptShort()
    {
        await using var factory = new OpsFactory();
        var http = factory.CreateClient();
        var resident = new WebChatClient(http, "resident-e");
        await resident.SendTextAsync("xin chào");
        await resident.SendTextAsync(string.Concat(Enumerable.Repeat("blah 🙂 ", 250)));

        var stats = await AdminApi.GetAsync(http, "/api/admin/stats?days=1");
        var phrase = stats.GetProperty("fallback").EnumerateArray().Single().GetProperty("text").GetString()!;
        Assert.InRange(phrase.Length, 10, 81);
    }
}
