using System.Text.Json;

namespace Bot.Fraud.Tests;

/// <summary>Round 10: a number written the North American way ("called from 555-0142") is checked like any other phone.</summary>
public sealed class ForeignNumberConversationTests : IDisposable
{
    private readonly FraudApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheResidentGetsAVerdictOnACallFromADashedForeignNumber()
    {
        var reply = await _app.ChatAsync("dashed", text: "a man phoned my aunt from 555-0164 saying her bank card was blocked, is it a scam?");

        Assert.Equal(JsonValueKind.Null, reply.GetProperty("flow").ValueKind);
        Assert.Contains(FraudApp.ReplyTexts(reply), t => t.Contains("Scam risk", StringComparison.OrdinalIgnoreCase) || t.Contains("Nguy cơ lừa đảo", StringComparison.Ordinal));
    }
}
