namespace WordHelper.Core.Registry;

/// <summary>
/// Registries asked in order (the rule pack's own entries before the central data; an organisation's register before
/// both): a document of one year comes from the first layer that has it, so a layer overrides what later ones say of it.
/// </summary>
public sealed class LayeredRegistry(params ILegalDocumentRegistry[] layers) : ILegalDocumentRegistry
{
    public IReadOnlyList<LegalDocument> FindAll(string number)
    {
        List<LegalDocument>? found = null;
        foreach (var layer in layers)
            foreach (var d in layer.FindAll(number))
                if (found is null) found = [d];
                else if (found.All(f => f.Year != d.Year)) found.Add(d);
        return found ?? [];
    }

    public bool IsListed(string number) => layers.Any(l => l.IsListed(number));

    public bool CoversSeries(string number, string type) => layers.Any(l => l.CoversSeries(number, type));

    public IReadOnlyList<LegalDocument> Nearest(string number, DateOnly? date, string? summary) =>
        layers.SelectMany(l => l.Nearest(number, date, summary)).DistinctBy(d => (DocumentNumber.Key(d.Number), d.Year)).ToList();

    public IReadOnlyList<Amendment> AmendmentsOf(LegalDocument document) =>
        layers.SelectMany(l => l.AmendmentsOf(document)).Distinct().ToList();
}
