namespace WordHelper.Core.Registry.Import;

/// <summary>The longest value of each registry field: what an import accepts and the database stores.</summary>
public static class RegistryLimits
{
    public const int Type = 100;
    public const int Number = 100;
    public const int Issuer = 300;
    public const int Summary = 2000;
    public const int Source = 500;
}
