namespace Bot.Dialogs.Content;

/// <summary>How residents reach one commune or ward police office, as the operator wrote it in <c>areas.yaml</c>.</summary>
/// <param name="Phone">The published number as written ("024 3825 1234"); null when not filled in.</param>
/// <param name="Address">The office's address; null when not filled in.</param>
public sealed record CommunePolice(string? Phone, string? Address)
{
    /// <summary>A <c>tel:</c> link for the phone ("tel:+842438251234"), or null.</summary>
    public string? TelUri => Phone is not null && PhoneNumbers.Normalize(Phone) is { } national ? PhoneNumbers.TelUri(national) : null;
}
