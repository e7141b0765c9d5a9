using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>Công văn and tờ trình address their recipients with "Kính gửi:" (NĐ 30/2020, Phụ lục I, mục II.9a).</summary>
public sealed class KinhGuiRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-REC-007", "VB-REC-008"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        var type = h.Type is null ? null : context.Pack.DocTypes.FirstOrDefault(t => t.Name == h.Type.Name);
        if (h.KinhGui.Count == 0)
        {
            if (type?.KinhGui == true && h.NumberLine is not null)
            {
                var at = h.TitleParagraph ?? h.NumberLine;
                sink.Report("VB-REC-007", at, at.Text, args: ("kind", type.Name.ToLower(VietnameseText.Vi)));
            }
            return;
        }
        var first = h.KinhGui[0];
        var text = first.Text.Trim();
        var afterWords = text.Length > "Kính gửi".Length ? text["Kính gửi".Length..].TrimStart() : "";
        if (!afterWords.StartsWith(':'))
            sink.Report("VB-REC-008", first.Paragraph, text, suggestion: "Kính gửi: " + afterWords, args: ("problem", "sau \"Kính gửi\" phải có dấu hai chấm"));
        var items = h.KinhGui.Skip(1).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var t = items[i].Text.Trim();
            var expected = i == items.Count - 1 ? '.' : ';';
            if (!t.EndsWith(expected))
                sink.Report("VB-REC-008", items[i].Paragraph, t, suggestion: t.TrimEnd(';', '.', ',', ' ') + expected,
                    args: ("problem", expected == '.' ? "dòng cuối của danh sách Kính gửi kết thúc bằng dấu chấm" : "mỗi nơi nhận kết thúc bằng dấu chấm phẩy"));
        }
    }
}
