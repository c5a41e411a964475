using Bot.Dialogs.Channels;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;
using Bot.Fraud.Redis;
using Bot.Fraud.Reports;
using Bot.Fraud.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Fraud.Tests;

/// <summary>Officers get yesterday's reports each morning, once, however many instances run (real redis-server).</summary>
public sealed class DailyDigestTests : RedisConnectionTests
{
    // 29/11/2026 in Vietnam; the digest covers 28/11.
    private static readonly DateTimeOffset SevenAm = new(2026, 11, 29, 7, 0, 0, VietnamTime.Offset);
    private static readonly DateTimeOffset Yesterday = new(2026, 11, 28, 0, 0, 0, VietnamTime.Offset);

    private readonly FakeOfficers _officers = new(
        new Officer("telegram:100", "officer", "ha-noi.hoan-kiem", new ConversationKey("telegram", "100")),
        new Officer("telegram:200", "officer", "da-nang.hai-chau", new ConversationKey("telegram", "200")));

    [Fact]
    public async Task EachOfficerGetsTheirAreasReportsOnceAcrossTwoInstances()
    {
        var store = new RedisScamReportStore(Connection, new FraudRedisKeys("fraud:"));
        await ReportAsync(store, Yesterday.AddHours(9), "ha-noi.hoan-kiem", "tai-khoan-an-toan.top");
        await ReportAsync(store, Yesterday.AddHours(10), "ha-noi.hoan-kiem", "tai-khoan-an-toan.top");
        await ReportAsync(store, Yesterday.AddHours(11), null, "vneid-capnhat.xyz");
        await ReportAsync(store, Yesterday.AddHours(12), "ho-chi-minh.ben-thanh", "khac.top");
        await ReportAsync(store, SevenAm.AddMinutes(-30), "ha-noi.hoan-kiem", "hom-nay.top");

        var messenger = new RecordingMessenger("telegram");
        var first = Sender(store, messenger);
        var second = Sender(store, messenger);

        Assert.Null(await first.SendDueAsync(SevenAm.AddMinutes(-1), default)); // not yet 07:00 in Vietnam
        Assert.Equal(2, await first.SendDueAsync(SevenAm.AddMinutes(1), default));
        Assert.Null(await second.SendDueAsync(SevenAm.AddMinutes(2), default)); // the other instance already sent it
        Assert.Null(await first.SendDueAsync(SevenAm.AddHours(3), default));

        var hoanKiem = Assert.Single(messenger.Sent, s => s.ChatId == "100").Text;
        Assert.StartsWith("📋 Báo cáo tin lừa đảo ngày 28/11/2026", hoanKiem);
        Assert.Contains("Số báo cáo: 3", hoanKiem); // two from Hoàn Kiếm and one whose area is unknown
        Assert.Contains("tai-khoan-an-toan[.]top: 2", hoanKiem);
        Assert.Contains("vneid-capnhat[.]xyz: 1", hoanKiem);
        Assert.Contains("091*****78", hoanKiem);
        Assert.DoesNotContain("hom-nay", hoanKiem); // today's report waits for tomorrow's digest
        Assert.DoesNotContain("khac[.]top", hoanKiem); // another area's

        var haiChau = Assert.Single(messenger.Sent, s => s.ChatId == "200").Text;
        Assert.Contains("Số báo cáo: 1", haiChau);
    }

    [Fact]
    public async Task TheDigestNamesTheCommonestSignsInPlainWords()
    {
        var store = new InMemoryScamReportStore();
        await ReportAsync(store, Yesterday.AddHours(9), "ha-noi.hoan-kiem", "x.top");
        var messenger = new RecordingMessenger("telegram");
        await Sender(store, messenger).SendAsync(DateOnly.FromDateTime(Yesterday.DateTime), default);

        var text = Assert.Single(messenger.Sent, s => s.ChatId == "100").Text;
        Assert.Contains("Dấu hiệu gặp nhiều nhất:", text);
        var safeAccount = TestContent.Fraud.Rules.Single(r => r.Code == "safe_account").Text.Vi;
        Assert.Contains("• " + safeAccount + ": 1", text);
        Assert.DoesNotContain(messenger.Sent, s => s.ChatId == "200"); // nothing in their area: no message
    }

    private DailyDigestSender Sender(IScamReportStore store, IChannelMessenger messenger) =>
        new(new OfficerDigestBuilder(store, _officers, TestContent.Fraud), _officers, [messenger],
            new RedisDigestClaim(Connection, new FraudRedisKeys("fraud:")), TestContent.Fraud, NullLogger<DailyDigestSender>.Instance);

    private static async Task ReportAsync(IScamReportStore store, DateTimeOffset at, string? area, string domain)
    {
        var draftId = DraftIds.New();
        await store.SaveDraftAsync(RedisReportStoreTests.Draft(draftId, at, area, domain));
        Assert.NotNull(await store.SubmitAsync(draftId, at));
    }

    /// <summary>Officers as the core's directory presents them; a commune covers itself only.</summary>
    private sealed class FakeOfficers(params Officer[] officers) : IOfficerDirectory
    {
        public ValueTask<Officer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken) =>
            ValueTask.FromResult(officers.FirstOrDefault(o => o.Chat == chat));

        public ValueTask<Officer?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
            ValueTask.FromResult(officers.FirstOrDefault(o => o.Id == id));

        public ValueTask<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<Officer>>(officers);

        public bool Covers(Officer officer, string areaId) => officer.AreaId == areaId;
    }

    private sealed class RecordingMessenger(string channel) : IChannelMessenger
    {
        public List<(string ChatId, string Text)> Sent { get; } = [];

        public string Channel => channel;

        public Task<SendOutcome> SendAsync(string chatId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.AddRange(replies.Select(r => (chatId, r.Text)));
            }

            return Task.FromResult(SendOutcome.Sent);
        }

        public Task<string?> SendEditableAsync(string chatId, string text, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task EditAsync(string chatId, string messageId, string text, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
