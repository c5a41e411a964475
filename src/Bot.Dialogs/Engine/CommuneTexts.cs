namespace Bot.Dialogs.Engine;

/// <summary>The fixed words of the contact step's commune part, in the resident's language.</summary>
/// <remarks>Built in like the card section labels: the same on every deployment, so editors need not write them.</remarks>
internal sealed record CommuneTexts(
    string Police,
    string Phone,
    string Address,
    string Unknown,
    string Call,
    string Pick,
    string Change,
    string Ask,
    string Choose,
    string NotFound)
{
    private static readonly CommuneTexts Vietnamese = new(
        Police: "Công an {0}:",
        Phone: "☎ Điện thoại: {0}",
        Address: "📍 Địa chỉ: {0}",
        Unknown: "Trợ lý chưa có số điện thoại của công an {0}.",
        Call: "📞 Gọi {0}",
        Pick: "📍 Chọn xã, phường của bạn",
        Change: "📍 Đổi xã, phường",
        Ask: "Bạn ở xã, phường nào? Gõ tên, có dấu hay không dấu đều được, ví dụ: {0}",
        Choose: "Bạn ở xã, phường nào dưới đây?",
        NotFound: "Chưa tìm thấy xã, phường tên \"{0}\". Bạn gõ lại tên, ví dụ: {1}");

    private static readonly CommuneTexts English = new(
        Police: "Police of {0}:",
        Phone: "☎ Phone: {0}",
        Address: "📍 Address: {0}",
        Unknown: "I do not have the phone number of the {0} police yet.",
        Call: "📞 Call {0}",
        Pick: "📍 Choose your commune",
        Change: "📍 Change commune",
        Ask: "Which commune or ward do you live in? Type its name, accents optional, for example: {0}",
        Choose: "Which of these is yours?",
        NotFound: "I could not find a commune called \"{0}\". Please type the name again, for example: {1}");

    public static CommuneTexts For(string locale) => locale == "en" ? English : Vietnamese;
}
