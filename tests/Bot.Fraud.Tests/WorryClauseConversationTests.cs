namespace Bot.Fraud.Tests;

/// <summary>
/// Round 11: a resident who fears their lost passport will be misused, and asks where to report it, sees the
/// services answer, not the scams topic and never a verdict.
/// </summary>
public sealed class WorryClauseConversationTests : IDisposable
{
    private readonly FraudApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheResidentWhoFearsMisuseOfALostPassportSeesTheServicesAnswer()
    {
        var reply = await _app.ChatAsync("worry-clause", text: "Hộ chiếu của tôi bị mất ở bến xe, sợ bọn xấu nhặt được làm giả, giờ báo mất ở đâu");

        Assert.Equal("services", reply.GetProperty("flow").GetString());
        Assert.DoesNotContain(FraudApp.ReplyTexts(reply), t => t.Contains("Nguy cơ lừa đảo"));
    }
}
