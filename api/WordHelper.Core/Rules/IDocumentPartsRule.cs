namespace WordHelper.Core.Rules;

/// <summary>
/// A rule about the parts only an administrative document has (trích yếu, required sections, signature, Nơi nhận,
/// Kính gửi). The checker does not run it on a speech, an agenda, a list, a form or a legal normative text
/// (<see cref="Documents.DocumentHeader.Genre"/>).
/// </summary>
public interface IDocumentPartsRule : IRule;
