namespace Bot.Fraud.Analysis;

/// <summary>A phone number found in a message.</summary>
/// <param name="Number">Digits in the domestic 0… form, or "+" and digits for a foreign number.</param>
/// <param name="IsForeign">True for a number with a country code other than Vietnam's.</param>
/// <param name="Hotline">The hotline key when it is an official hotline.</param>
public sealed record FoundPhone(string Number, bool IsForeign, string? Hotline);
