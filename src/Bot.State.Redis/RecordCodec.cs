using System.Text.Json;
using Bot.Dialogs.State;

namespace Bot.State.Redis;

/// <summary>Turns a <see cref="ConversationRecord"/> into compact UTF-8 JSON and back.</summary>
internal static class RecordCodec
{
    private const string DefaultLocale = "vi";

    public static byte[] Encode(ConversationRecord record)
    {
        var compactHistory = record.History.Count == 0 ? null : HistoryCodec.TryEncode(record.History);
        var stored = new StoredRecord
        {
            Flow = record.Flow,
            Node = record.Node,
            ContentVersion = string.IsNullOrEmpty(record.ContentVersion) ? null : record.ContentVersion,
            Locale = record.Locale == DefaultLocale ? null : record.Locale,
            History = compactHistory,
            HistoryList = record.History.Count == 0 || compactHistory is not null ? null : [.. record.History],
            Answers = record.Answers.Count == 0 ? null : new Dictionary<string, string>(record.Answers, StringComparer.Ordinal),
            Turns = record.Turns,
            ChoicePending = record.ChoicePending,
            UpdatedAt = record.UpdatedAt.ToUnixTimeSeconds(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(stored, StoredRecordJson.Default.StoredRecord);
    }

    /// <summary>The record, or null when the bytes are not a record this version can read.</summary>
    public static ConversationRecord? TryDecode(ReadOnlySpan<byte> data)
    {
        StoredRecord? stored;
        try
        {
            stored = JsonSerializer.Deserialize(data, StoredRecordJson.Default.StoredRecord);
        }
        catch (JsonException)
        {
            return null;
        }

        if (stored is null || stored.Turns < 0)
        {
            return null;
        }

        return new ConversationRecord
        {
            Flow = stored.Flow,
            Node = stored.Node,
            ContentVersion = stored.ContentVersion ?? "",
            Locale = stored.Locale ?? DefaultLocale,
            History = stored.History is { } compact ? HistoryCodec.Decode(compact) : stored.HistoryList ?? [],
            Answers = stored.Answers is { Count: > 0 } answers ? answers : ConversationRecord.New("").Answers,
            Turns = stored.Turns,
            ChoicePending = stored.ChoicePending,
            UpdatedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(stored.UpdatedAt, 0, 253_402_300_799)),
        };
    }
}
