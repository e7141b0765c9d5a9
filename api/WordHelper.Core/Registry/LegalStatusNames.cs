namespace WordHelper.Core.Registry;

/// <summary>A status as the registry's files, the database and the JSON report write it: "in-force", "expired", "replaced".</summary>
public static class LegalStatusNames
{
    public static string Name(this LegalStatus status) => status switch
    {
        LegalStatus.Expired => "expired",
        LegalStatus.Replaced => "replaced",
        _ => "in-force",
    };

    public static bool TryParse(string? name, out LegalStatus status)
    {
        status = name switch { "expired" => LegalStatus.Expired, "replaced" => LegalStatus.Replaced, _ => LegalStatus.InForce };
        return name is "in-force" or "expired" or "replaced";
    }
}
