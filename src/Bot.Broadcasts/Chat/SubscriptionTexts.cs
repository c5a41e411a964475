namespace Bot.Broadcasts.Chat;

/// <summary>What the subscription screens say, in Vietnamese (the default) and English.</summary>
/// <remarks>Short and plain on purpose: many subscribers are elderly. Area names stay as written in areas.yaml.</remarks>
internal sealed record SubscriptionTexts(
    string Menu,
    string ChannelCannotSend,
    string AskArea,
    string StaleButton,
    string NotFound,
    string ChooseArea,
    string Subscribed,
    string KeepOneTopic,
    string Saved,
    string Stopped,
    string NothingToStop,
    string Showing,
    string Topics,
    string TapToToggle,
    string ChangeArea,
    string StopAll)
{
    public static readonly SubscriptionTexts Vietnamese = new(
        Menu: "🏠 Menu chính",
        ChannelCannotSend: "Kênh trò chuyện này chưa gửi được tin cảnh báo. Bạn đăng ký qua Telegram hoặc Zalo của Công an xã, phường nhé.",
        AskArea: "Bạn ở xã, phường nào? Gõ tên (có dấu hay không dấu đều được), ví dụ: hoan kiem",
        StaleButton: "Nút này đã cũ. ",
        NotFound: "Không tìm thấy xã, phường \"{0}\". Bạn gõ lại tên, ví dụ: ben thanh",
        ChooseArea: "Bạn chọn xã, phường của mình:",
        Subscribed: "Đã đăng ký nhận tin của Công an {0}.\n",
        KeepOneTopic: "Cần giữ ít nhất một chủ đề. Muốn ngừng nhận hết, bấm \"Ngừng nhận tất cả\".\n",
        Saved: "Đã lưu.\n",
        Stopped: "Đã hủy toàn bộ đăng ký. Bạn sẽ không nhận tin cảnh báo nữa. Muốn nhận lại, gõ /dangky.",
        NothingToStop: "Bạn chưa đăng ký nhận tin cảnh báo nào. Muốn đăng ký, gõ /dangky.",
        Showing: "Bạn đang nhận tin của Công an {0}.",
        Topics: "Chủ đề: {0}.",
        TapToToggle: "Bấm một chủ đề để bật hoặc tắt.",
        ChangeArea: "📍 Đổi xã, phường",
        StopAll: "🛑 Ngừng nhận tất cả");

    public static readonly SubscriptionTexts English = new(
        Menu: "🏠 Main menu",
        ChannelCannotSend: "This chat cannot receive alerts yet. Please subscribe through the commune police's Telegram or Zalo.",
        AskArea: "Which commune or ward do you live in? Type its name (with or without accents), for example: hoan kiem",
        StaleButton: "That button is out of date. ",
        NotFound: "No commune or ward called \"{0}\". Please type the name again, for example: ben thanh",
        ChooseArea: "Choose your commune or ward:",
        Subscribed: "You now receive alerts from the police of {0}.\n",
        KeepOneTopic: "Keep at least one topic. To stop everything, tap \"Stop all alerts\".\n",
        Saved: "Saved.\n",
        Stopped: "All your subscriptions are cancelled. You will not receive alerts any more. To start again, type /subscribe.",
        NothingToStop: "You have not subscribed to any alerts. To subscribe, type /subscribe.",
        Showing: "You receive alerts from the police of {0}.",
        Topics: "Topics: {0}.",
        TapToToggle: "Tap a topic to turn it on or off.",
        ChangeArea: "📍 Change commune or ward",
        StopAll: "🛑 Stop all alerts");

    public static SubscriptionTexts For(string locale) => locale == "en" ? English : Vietnamese;
}
