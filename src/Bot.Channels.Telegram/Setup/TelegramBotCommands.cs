using Telegram.Bot.Types;

namespace Bot.Channels.Telegram.Setup;

/// <summary>The "/" menu shown in Telegram, per language; every command is one the engine understands (see Engine.Commands.Slash).</summary>
public static class TelegramBotCommands
{
    /// <summary>Vietnamese (also the default for any other language).</summary>
    public static readonly BotCommand[] Vietnamese =
    [
        new() { Command = "menu", Description = "Về menu chính" },
        new() { Command = "quaylai", Description = "Quay lại bước trước" },
        new() { Command = "batdaulai", Description = "Bắt đầu lại từ đầu" },
        new() { Command = "trogiup", Description = "Cách dùng trợ lý" },
        new() { Command = "en", Description = "English" },
        new() { Command = "xoadulieu", Description = "Xóa dữ liệu trò chuyện của tôi" },
    ];

    /// <summary>English, for residents whose Telegram is set to English.</summary>
    public static readonly BotCommand[] English =
    [
        new() { Command = "menu", Description = "Main menu" },
        new() { Command = "back", Description = "Go one step back" },
        new() { Command = "restart", Description = "Start over" },
        new() { Command = "help", Description = "How to use this assistant" },
        new() { Command = "vi", Description = "Tiếng Việt" },
        new() { Command = "forget", Description = "Delete my conversation data" },
    ];
}
