using Microsoft.Extensions.Options;

namespace Bot.Operations.Dashboard;

/// <summary>Checks <c>Admin</c> at start and says which setting to fix.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var errors = new List<string>();
        // Admin:ApiKeys are checked by Bot.Admin.AdminKeyOptionsValidator (one rule for every admin API).
        for (var i = 0; i < options.Officers.Count; i++)
        {
            var officer = options.Officers[i];
            if (string.IsNullOrWhiteSpace(officer.Id) || string.IsNullOrWhiteSpace(officer.Channel) || string.IsNullOrWhiteSpace(officer.ChatId))
            {
                errors.Add($"Admin:Officers:{i} needs Id, Channel and ChatId.");
            }

            if (string.Equals(officer.Channel, "web", StringComparison.OrdinalIgnoreCase))
            {
                // Anyone can open the web chat under any conversation id, so a web id proves nothing.
                errors.Add($"Admin:Officers:{i}:Channel cannot be \"web\": web chat ids are chosen by the browser. Register the officer's Telegram or Zalo chat.");
            }

            if (!AdminOptions.Roles.Contains(officer.Role))
            {
                errors.Add($"Admin:Officers:{i}:Role must be one of {string.Join(", ", AdminOptions.Roles)}.");
            }
        }

        if (options.LinksEnabled)
        {
            if (options.LinkSigningKey.Length < 32)
            {
                errors.Add("Admin:LinkSigningKey must be at least 32 characters (e.g. openssl rand -base64 48).");
            }

            if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                errors.Add("Admin:PublicBaseUrl must be the bot's public address (https://…) when Admin:LinkSigningKey is set.");
            }
        }

        if (options.LinkMinutes is < 1 or > 60)
        {
            errors.Add("Admin:LinkMinutes must be between 1 and 60.");
        }

        if (options.SessionHours is < 1 or > 24)
        {
            errors.Add("Admin:SessionHours must be between 1 and 24.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
