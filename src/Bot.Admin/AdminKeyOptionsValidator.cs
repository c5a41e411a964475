using Microsoft.Extensions.Options;

namespace Bot.Admin;

/// <summary>Checks <c>Admin:ApiKeys</c> at start; every message says which setting to fix and how.</summary>
public sealed class AdminKeyOptionsValidator : IValidateOptions<AdminKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminKeyOptions options)
    {
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            var at = $"Admin:ApiKeys:{i}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                errors.Add($"{at}:Name must say who holds the key.");
            }
            else if (!names.Add(key.Name))
            {
                errors.Add($"{at}:Name '{key.Name}' is used twice; give each key holder its own name (audit logs record it).");
            }

            if (key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigit))
            {
                errors.Add($"{at}:Sha256 must be the 64 hex characters of the key's SHA-256 (printf %s \"$KEY\" | sha256sum).");
            }

            if (!AdminRoles.IsKnown(key.Role))
            {
                errors.Add($"{at}:Role must be one of {string.Join(", ", AdminRoles.All)} (was '{key.Role}').");
            }
            else if ((key.Role is AdminRoles.Officer or AdminRoles.Approver) && key.Areas.Count == 0)
            {
                errors.Add($"{at}:Areas must list at least one area id from areas.yaml (or \"*\") for an {key.Role} key.");
            }

            if (key.Areas.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"{at}:Areas has an empty entry; list area ids such as \"ha-noi.hoan-kiem\" or \"*\".");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
