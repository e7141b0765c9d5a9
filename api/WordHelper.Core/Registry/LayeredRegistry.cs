namespace WordHelper.Core.Registry;

/// <summary>Registries asked in order: the first that knows a number answers (the rule pack's own entries before the central data).</summary>
public sealed class LayeredRegistry(params ILegalDocumentRegistry[] layers) : ILegalDocumentRegistry
{
    public LegalDocument? FindByNumber(string number)
    {
        foreach (var layer in layers)
            if (layer.FindByNumber(number) is { } found) return found;
        return null;
    }
}
