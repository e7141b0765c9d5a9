using WordHelper.Core.Registry;
using WordHelper.Core.Text;

namespace WordHelper.Api.Storage;

/// <summary>Between the Core's <see cref="LegalDocument"/> and its stored row.</summary>
public static class RegistryMapping
{
    public static RegistryDocument ToRow(LegalDocument d) => new()
    {
        Id = d.Id,
        Type = d.Type,
        Number = d.Number,
        NumberKey = DocumentNumber.Key(d.Number),
        Date = d.Date,
        Year = d.Year ?? 0,
        EffectiveFrom = d.EffectiveFrom,
        Issuer = d.Issuer,
        Summary = d.Summary,
        Status = d.Status.Name(),
        ReplacedBy = d.ReplacedBy,
        Source = d.Source,
        StatusNote = d.StatusNote,
        SearchText = VietnameseText.Key($"{d.Type} {d.Number} {d.Issuer} {d.Summary}"),
    };

    public static LegalDocument ToDocument(RegistryDocument r) => new(
        r.Id, r.Type, r.Number, r.Date, r.Issuer, r.Summary,
        LegalStatusNames.TryParse(r.Status, out var status) ? status : LegalStatus.InForce,
        r.ReplacedBy, r.Source, r.StatusNote, r.EffectiveFrom);

}
