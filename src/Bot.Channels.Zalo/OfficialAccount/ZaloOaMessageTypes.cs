namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>The OA v3 message types (the last part of <c>/v3.0/oa/message/{type}</c>), as written in <c>Zalo:OA:AlertMessageTypes</c>.</summary>
public static class ZaloOaMessageTypes
{
    /// <summary>Customer-service ("tư vấn"): free, only within 7 days of the resident's last interaction.</summary>
    public const string CustomerService = "cs";

    /// <summary>Promotion ("truyền thông"): to followers, one per follower per day, counted against the OA package's monthly quota.</summary>
    public const string Promotion = "promotion";

    /// <summary>Transaction ("giao dịch"): up to a year after the last interaction, template rules; only where the OA may use it.</summary>
    public const string Transaction = "transaction";

    /// <summary>Every type the bot knows.</summary>
    public static readonly IReadOnlyList<string> All = [CustomerService, Promotion, Transaction];
}
