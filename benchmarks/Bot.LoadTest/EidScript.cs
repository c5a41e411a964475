namespace Bot.LoadTest;

/// <summary>
/// The scripted e-ID conversation (content/flows/eid.yaml): a deep link, taps, a typed label without
/// diacritics, a typed number, and a free-text question at the end; then it starts again.
/// 4 of 12 turns are typed, 8 are button presses.
/// </summary>
internal static class EidScript
{
    public static readonly IReadOnlyList<ScriptStep> Steps =
    [
        new("/start eid", null, "Tôi muốn làm mức 2", null),                       // intro
        new(null, "Tôi muốn làm mức 2", "Chưa có", null),                         // ask_chip
        new("co", null, "Có, chính chủ", null),                                     // typed label → ask_sim
        new(null, "Có, chính chủ", "Ở đó làm những gì?", null),                    // guard → level2
        new(null, "Ở đó làm những gì?", "Đã có tin nhắn, kích hoạt thế nào?", null), // level2_steps
        new("2", null, "Bước tiếp theo", null),                                     // typed number (2nd button since level2_papers) → activate
        new(null, "Bước tiếp theo", "Bị lỗi khi kích hoạt", null),                 // activate2
        new(null, "Bị lỗi khi kích hoạt", "Không kích hoạt được", null),           // trouble
        new(null, "Không kích hoạt được", "Đã nhận", null),                        // ask_sms
        new(null, "Đã nhận", "Số đúng, vẫn lỗi", null),                            // ask_phone
        new(null, "Số đúng, vẫn lỗi", null, "Không nhận được mã OTP"),             // guard → otp_fail
        new("quen mat khau vneid thi lam sao", null, null, "Quên mật khẩu"),        // free text → forgot_password
    ];
}
