using System.Text;
using System.Text.Json;
using Bot.Channels.Telegram.Receiving;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Channels.Telegram.Tests;

/// <summary>
/// The webhook's direct reader must make of a text message or a button press exactly what the mapper makes of
/// Telegram.Bot's Update, and leave every other body to the full reader (null), so nothing else changes.
/// </summary>
public sealed class UpdateReaderTests
{
    private const string Resident = """{"id":7001,"is_bot":false,"first_name":"Bà","last_name":"Tư","username":"batu","language_code":"vi"}""";
    private const string Chat = """{"id":7001,"first_name":"Bà","type":"private"}""";
    private const string BotUser = """{"id":4242,"is_bot":true,"first_name":"Bench","username":"bench_bot"}""";

    public static TheoryData<string> ReadDirectly() =>
    [
        $$$$"""{"update_id":11,"message":{"message_id":5,"from":{{{{Resident}}}},"chat":{{{{Chat}}}},"date":1764900000,"text":"quên mật khẩu vneid"}}""",
        $$$$"""{"update_id":12,"message":{"message_id":6,"from":{{{{Resident}}}},"chat":{{{{Chat}}}},"date":1764900000,"text":"/start eid","entities":[{"offset":0,"length":6,"type":"bot_command"}]}}""",
        $$$$"""{"message":{"text":"chào","chat":{{{{Chat}}}},"date":1764900000,"message_id":7},"update_id":13}""",
        $$$$"""{"update_id":14,"message":{"message_id":8,"from":{"id":7001,"is_bot":false,"first_name":"A"},"chat":{{{{Chat}}}},"date":1764900000,"text":"không có ngôn ngữ"}}""",
        $$$$"""{"update_id":15,"callback_query":{"id":"4400000000000001","from":{{{{Resident}}}},"message":{"message_id":9,"from":{{{{BotUser}}}},"chat":{{{{Chat}}}},"date":1764900000,"text":"Bà con muốn làm gì?","reply_markup":{"inline_keyboard":[[{"text":"Mức 2","callback_data":"b:eid:intro:level2"}]]}},"chat_instance":"-7001","data":"b:eid:intro:level2"}}""",
        $$$$"""{"update_id":16,"callback_query":{"id":"4400000000000002","from":{{{{Resident}}}},"chat_instance":"-7001","data":"c:menu"}}""",
        $$$$"""{"update_id":17,"callback_query":{"id":"4400000000000003","from":{{{{Resident}}}},"message":{"message_id":9,"chat":{{{{Chat}}}},"date":1764900000,"text":"x"},"chat_instance":"-7001","data":""}}""",
    ];

    public static TheoryData<string> LeftToTheFullReader() =>
    [
        $$$$"""{"update_id":21,"message":{"message_id":5,"from":{{{{Resident}}}},"chat":{{{{Chat}}}},"date":1764900000,"photo":[{"file_id":"p","file_unique_id":"u","width":90,"height":90}]}}""",
        $$$$"""{"update_id":22,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"caption":"ảnh chụp tin nhắn","document":{"file_id":"d","file_unique_id":"u"}}}""",
        $$$$"""{"update_id":23,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"trúng thưởng","forward_origin":{"type":"hidden_user","sender_user_name":"Lạ","date":1764800000}}}""",
        """{"update_id":24,"message":{"message_id":5,"chat":{"id":-100,"title":"Nhóm","type":"group"},"date":1764900000,"text":"chào"}}""",
        """{"update_id":25,"my_chat_member":{"chat":{"id":7001,"type":"private"},"from":{"id":7001,"is_bot":false,"first_name":"A"},"date":1764900000,"old_chat_member":{"status":"member","user":{"id":4242,"is_bot":true,"first_name":"B"}},"new_chat_member":{"status":"kicked","until_date":0,"user":{"id":4242,"is_bot":true,"first_name":"B"}}}}""",
        $$$$"""{"update_id":26,"edited_message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"edit_date":1764900001,"text":"sửa"}}""",
        $$$$"""{"update_id":27,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"x","link_preview_options":{"is_disabled":true}}}""",
        $$$$"""{"update_id":28,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":null}}""",
        $$$$"""{"update_id":29,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"x","entities":[{"offset":0,"length":1,"type":"spoiler"}]}}""",
        $$$$"""{"update_id":0,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"x"}}""",
        $$$$"""{"update_id":"30","message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"x"}}""",
        $$$$"""{"update_id":31,"message":{"message_id":5,"chat":{"id":"7001","type":"private"},"date":1764900000,"text":"x"}}""",
        $$$$"""{"update_id":32,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"x"}} trailing""",
        $$$$"""{"update_id":33,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"x"},"callback_query":{"id":"q","from":{{{{Resident}}}},"data":"c:menu"}}""",
        $$$$"""{"update_id":34,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"x""",
        $$$$"""{"update_id":35,"callback_query":{"id":"q","from":{{{{Resident}}}},"inline_message_id":"i","data":"c:menu"}}""",
        """[1,2,3]""",
        """{"update_id":36}""",
        $$$$"""{"update_id":37,"message":{"message_id":5,"chat":{{{{Chat}}}},"date":1764900000,"text":"\ud800"}}""",
    ];

    [Theory]
    [MemberData(nameof(ReadDirectly))]
    public void ATextMessageOrAButtonPressIsReadAsTheMapperReadsIt(string body)
    {
        var direct = TelegramUpdateReader.TryRead(Encoding.UTF8.GetBytes(body));

        var mapped = TelegramUpdateMapper.Map(JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options)!);
        Assert.NotNull(direct);
        Assert.Equal(mapped, direct);
    }

    [Theory]
    [MemberData(nameof(LeftToTheFullReader))]
    public void EveryOtherOrUnusualBodyIsLeftToTheFullReader(string body) =>
        Assert.Null(TelegramUpdateReader.TryRead(Encoding.UTF8.GetBytes(body)));
}
