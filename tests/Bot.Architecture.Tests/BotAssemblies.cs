using System.Reflection;
using ArchUnitNET.Loader;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace Bot.Architecture.Tests;

/// <summary>The bot's assemblies in the groups the rules speak of, and their architecture, read once.</summary>
internal static class BotAssemblies
{
    /// <summary>The channel-neutral core.</summary>
    public static readonly Assembly Core = typeof(Bot.Dialogs.Turns.ConversationKey).Assembly;

    /// <summary>Shared leaf libraries every layer may use (metrics, the request-body reader, the admin sign-in, the screenshot reader).</summary>
    public static readonly Assembly[] Shared =
    [
        typeof(Bot.Metrics.BotMetrics).Assembly, typeof(Bot.Http.RequestBody).Assembly, typeof(Bot.Admin.AdminRoles).Assembly,
        typeof(Bot.Ocr.ImageFormatSniffer).Assembly,
    ];

    /// <summary>One project per platform.</summary>
    public static readonly Assembly[] Channels =
    [
        typeof(Bot.Channels.Telegram.TelegramExtensions).Assembly,
        typeof(Bot.Channels.WebChat.WebChatEndpoints).Assembly,
        typeof(Bot.Channels.Zalo.ZaloExtensions).Assembly,
    ];

    /// <summary>Features, each a group of projects that may know each other (the scam check and its web side).</summary>
    public static readonly Assembly[][] Features =
    [
        [typeof(Bot.Broadcasts.Hosting.BroadcastServiceCollectionExtensions).Assembly],
        [typeof(Bot.Fraud.Privacy.PersonalDataMasker).Assembly, typeof(Bot.Fraud.Web.FraudCheckExtensions).Assembly],
        [typeof(Bot.Operations.OperationsExtensions).Assembly],
        [typeof(Bot.Content.Hosting.ContentHostingExtensions).Assembly],
    ];

    /// <summary>The storage projects: the Redis owner and each feature's Redis adapters.</summary>
    public static readonly Assembly[] Storage =
    [
        typeof(Bot.State.Redis.RedisKeySpaces).Assembly,
        typeof(Bot.Broadcasts.Redis.BroadcastsRedisExtensions).Assembly,
        typeof(Bot.Fraud.Redis.FraudRedisExtensions).Assembly,
        typeof(Bot.Operations.Redis.OperationsRedisExtensions).Assembly,
        typeof(Bot.Channels.Zalo.Redis.ZaloRedisExtensions).Assembly,
        typeof(Bot.Content.Hosting.Redis.ContentHostingRedisExtensions).Assembly,
    ];

    /// <summary>The composition root.</summary>
    public static readonly Assembly Host = typeof(Program).Assembly;

    /// <summary>The Redis client.</summary>
    public static readonly Assembly RedisClient = typeof(StackExchange.Redis.IConnectionMultiplexer).Assembly;

    /// <summary>A platform's client library.</summary>
    public static readonly Assembly TelegramClient = typeof(Telegram.Bot.ITelegramBotClient).Assembly;

    /// <summary>Every project of ours.</summary>
    public static readonly Assembly[] Ours = [Core, .. Shared, .. Channels, .. Features.SelectMany(f => f), .. Storage, Host];

    /// <summary>Our projects and the two client libraries the rules name, loaded once for every test.</summary>
    public static readonly ArchitectureModel Code = new ArchLoader().LoadAssemblies([.. Ours, RedisClient, TelegramClient]).Build();
}
