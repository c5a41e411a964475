using Bot.Channels.Telegram.Receiving;
using Telegram.Bot.Types;

namespace Bot.Channels.Telegram.Tests;

/// <summary>A message forwarded into the chat is someone else's words: the mapper says so, so the understanding stage checks it.</summary>
public sealed class ForwardedMessageTests
{
    [Fact]
    public void AForwardedMessageIsMarkedAsOneToCheck()
    {
        var forwarded = new Update
        {
            Id = 7,
            Message = new Message
            {
                Id = 1,
                Chat = new Chat { Id = 42 },
                Text = "Chúc mừng quý khách trúng thưởng",
                ForwardOrigin = new MessageOriginHiddenUser { SenderUserName = "Người lạ", Date = DateTime.UtcNow },
            },
        };
        var typed = new Update { Id = 8, Message = new Message { Id = 2, Chat = new Chat { Id = 42 }, Text = "kích hoạt vneid" } };

        Assert.True(TelegramUpdateMapper.Map(forwarded)!.Message!.Forwarded);
        Assert.False(TelegramUpdateMapper.Map(typed)!.Message!.Forwarded);
    }
}
