using System.Net.Mail;
using WordHelper.Api.Storage;
using WordHelper.Core.Text;

namespace WordHelper.Api.Recipients;

/// <summary>A local directory entry as the API takes it.</summary>
public sealed record DirectoryEntryInput(string? Name, string? Mail, string? Kind, IReadOnlyList<string>? Aliases);

/// <summary>A local directory entry as the API gives it.</summary>
public sealed record DirectoryEntryView(string Id, string Name, string? Mail, string Kind, IReadOnlyList<string> Aliases);

/// <summary>What a directory entry may hold; each problem named in Vietnamese, by field.</summary>
public static class DirectoryEntryRules
{
    public static readonly string[] Kinds = ["unit", "user", "group", "contact"];

    /// <summary>The cleaned entry, or the problems of each field.</summary>
    public static (DirectoryEntryInput? Clean, Dictionary<string, string[]> Errors) Validate(DirectoryEntryInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var name = InputText.Clean(input.Name)?.Trim();
        var mail = InputText.Clean(input.Mail)?.Trim();
        var kind = InputText.Clean(input.Kind)?.Trim().ToLowerInvariant() is { Length: > 0 } k ? k : "unit";
        var aliases = (input.Aliases ?? []).Select(a => InputText.Clean(a)?.Trim()).Where(a => !string.IsNullOrEmpty(a)).Distinct().ToList();
        if (string.IsNullOrEmpty(name)) errors["name"] = ["Cần tên nơi nhận."];
        else if (name.Length > FieldLimits.DirectoryName) errors["name"] = [$"Tên dài quá {FieldLimits.DirectoryName} ký tự."];
        if (string.IsNullOrEmpty(mail)) mail = null;
        else if (mail.Length > FieldLimits.Mail || !MailAddress.TryCreate(mail, out var parsed) || parsed.Address != mail)
            errors["mail"] = [$"\"{mail}\" không phải một địa chỉ thư điện tử."];
        if (!Kinds.Contains(kind)) errors["kind"] = ["Loại nơi nhận là unit (đơn vị), user (người), group (nhóm) hoặc contact (liên hệ)."];
        if (aliases.Any(a => a!.Contains(';')) || string.Join(";", aliases).Length > FieldLimits.DirectoryAliases)
            errors["aliases"] = [$"Tên khác không chứa dấu \";\" và tổng cộng không quá {FieldLimits.DirectoryAliases} ký tự."];
        return errors.Count > 0 ? (null, errors) : (new DirectoryEntryInput(name, mail, kind, aliases!), errors);
    }
}
