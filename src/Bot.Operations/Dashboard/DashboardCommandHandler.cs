using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Dashboard;

/// <summary>Answers <c>/dashboard</c>: an officer gets a short-lived sign-in link, anyone else a polite no.</summary>
/// <remarks>Safe to re-run after a version conflict: a second link is just another valid link.</remarks>
public sealed class DashboardCommandHandler(
    DashboardOfficers officers,
    DashboardLinks links,
    IOptionsMonitor<AdminOptions> options) : ITurnHandler
{
    public const string Command = "/dashboard";

    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!IsCommand(context.Input.Text))
        {
            return null;
        }

        var officer = await officers.FindByChatAsync(context.Key, cancellationToken).ConfigureAwait(false);
        if (officer is null)
        {
            return Answer("Lệnh này chỉ dành cho cán bộ đã được đăng ký. Bấm “Menu” để xem các hướng dẫn.");
        }

        if (!options.CurrentValue.LinksEnabled)
        {
            return Answer("Chưa bật đăng nhập bằng liên kết. Nhờ quản trị viên đặt Admin:LinkSigningKey và Admin:PublicBaseUrl, hoặc đăng nhập bằng khóa API.");
        }

        var link = links.CreateLink(officer.Id);
        var minutes = options.CurrentValue.LinkMinutes;
        var reply = new Reply(
            $"Liên kết mở bảng điều khiển, dùng được trong {minutes} phút. Không chuyển liên kết này cho người khác.",
            [new ReplyButton("Mở bảng điều khiển", Payloads.Command(Commands.Menu), link.ToString())]);
        return new HandlerResult([reply]);
    }

    private static HandlerResult Answer(string text) => new([Reply.Plain(text)]);

    // "/dashboard", or "/dashboard@SomeBot" as Telegram sends commands in groups.
    private static bool IsCommand(string? text) =>
        text is not null
        && text.Trim() is var trimmed
        && (trimmed.Equals(Command, StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith(Command + "@", StringComparison.OrdinalIgnoreCase));
}
