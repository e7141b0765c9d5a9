using WordHelper.Core.RulePack;

namespace WordHelper.Core.Documents;

/// <summary>Recognises the parts of an administrative document, whether laid out in tables or not.</summary>
public static class HeaderRecognizer
{
    public static DocumentHeader Recognize(DraftDocument document, RulePackData pack) =>
        new() { BodyStart = 0, BodyEnd = document.Paragraphs.Count };
}
