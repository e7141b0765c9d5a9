namespace WordHelper.Core.Addressing;

/// <summary>Someone a draft can be sent to, as a directory knows them: a unit, a person, a group or a contact.</summary>
/// <param name="Kind">"unit", "user", "group" or "contact".</param>
/// <param name="Aliases">Other names the directory gives it ("Sở GDĐT" for "Sở Giáo dục và Đào tạo").</param>
public sealed record Addressee(string Name, string? Mail, string Kind, IReadOnlyList<string>? Aliases = null)
{
    public IEnumerable<string> Names => Aliases is null ? [Name] : Aliases.Prepend(Name);
}

/// <summary>
/// A Nơi nhận or Kính gửi entry to look up: as written ("Sở GDĐT"), with its abbreviations spelled out ("Sở Giáo dục và
/// Đào tạo", what a directory search is given), and its folded key (what candidates are compared by).
/// </summary>
public sealed record AddresseeQuery(string Written, string FullName, string Key)
{
    public static AddresseeQuery For(string entry, Rules.Recipients.AgencyNames names) => new(entry, names.SpellOut(entry), names.Canonicalize(entry));
}
