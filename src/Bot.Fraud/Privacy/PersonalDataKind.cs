namespace Bot.Fraud.Privacy;

/// <summary>Kinds of secret or identifying data a resident should never send to anyone.</summary>
public enum PersonalDataKind
{
    /// <summary>A 12-digit citizen ID (căn cước / CCCD) number.</summary>
    CitizenId,
    /// <summary>A 9-digit old ID (CMND) number.</summary>
    OldId,
    /// <summary>A bank account number after words like "STK", "số tài khoản".</summary>
    BankAccount,
    /// <summary>A one-time code after words like "mã", "OTP".</summary>
    Otp,
    /// <summary>A password or passcode after words like "mật khẩu là".</summary>
    Password,
}
