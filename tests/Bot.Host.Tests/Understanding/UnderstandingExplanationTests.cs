using Bot.Host.Tests.Support;
using Bot.Testing.WebChat;

namespace Bot.Host.Tests.Understanding;

/// <summary>Editors see why typed text went where it went (preview only), and residents never see it.</summary>
public sealed class UnderstandingExplanationTests
{
    [Fact]
    public async Task ThePreviewShowsTheDecisionTheRunnerUpAndTheReasonNextToTheStep()
    {
        using var factory = new BotFactory { ContentPath = RepositoryPaths.RealContent, Settings = { ["WebChat:Preview"] = "true" } };
        var chat = new WebChatClient(factory.CreateClient(), "preview-why");

        var routed = await chat.SendTextAsync("tien luong huu nhan qua tai khoan nhu the nao");
        var outOfScope = await new WebChatClient(factory.CreateClient(), "preview-why-2").SendTextAsync("giá vàng hôm nay bao nhiêu");

        Assert.Equal("welfare", routed.GetProperty("flow").GetString());
        Assert.StartsWith("route welfare", routed.GetProperty("why").GetString());
        Assert.Contains("runner-up", routed.GetProperty("why").GetString());
        Assert.EndsWith("out-of-scope", outOfScope.GetProperty("why").GetString());
    }

    [Fact]
    public async Task AQuestionWithALinkGetsTheVerdictAndTheTopicButton()
    {
        using var factory = new BotFactory { ContentPath = RepositoryPaths.RealContent };
        var chat = new WebChatClient(factory.CreateClient(), "link-and-topic");

        var answer = await chat.SendTextAsync("trang kich-hoat-vneid.top này có phải trang kích hoạt tài khoản định danh thật không");

        var reply = answer.GetProperty("replies")[0];
        Assert.Contains("Nguy cơ lừa đảo", reply.GetProperty("text").GetString());
        Assert.Contains(reply.GetProperty("buttons").EnumerateArray(), b => b.GetProperty("payload").GetString()!.StartsWith("f:eid", StringComparison.Ordinal));
        Assert.False(answer.TryGetProperty("why", out _), "residents never see the explanation");
    }
}
