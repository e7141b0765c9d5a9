namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The marks that join a cited number's parts (see <see cref="SymbolForm"/>): a "/" where NĐ 30/2020 puts a "-", a
/// Party document written like a State one and the reverse, a year typed against the symbol (VB-CIT-016), doubled or
/// stray marks (VB-CIT-017). Each
/// number written wrong is reported once, with the number written right and a fix for it.
/// </summary>
public sealed class CitationSymbolFormRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-016", "VB-CIT-017"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in CitationScope.Of(context))
        {
            var form = SymbolForm.Of(context, c);
            if (form.Fault == SymbolFault.None || c.Number is not { } number || !reported.Add(c.NumberClean!)) continue;
            var p = context.Paragraph(c.Paragraph);
            var at = c.Start + c.Text.IndexOf(number, StringComparison.Ordinal);
            var fix = new TextFix(p.Index, at, number.Length, form.Expected!);
            if (form.Fault == SymbolFault.StrayMarks)
                sink.Report("VB-CIT-017", p, number, suggestion: form.Expected, fix: fix,
                    args: [("number", number), ("marks", form.Marks!), ("expected", form.Expected!)]);
            else
                sink.Report("VB-CIT-016", p, number, suggestion: form.Expected, fix: fix,
                    args: [("number", number), ("problem", Problem(form.Fault)), ("expected", form.Expected!)]);
        }
    }

    static string Problem(SymbolFault fault) => fault switch
    {
        SymbolFault.SlashInSymbol => "dùng dấu \"/\" giữa các nhóm chữ của ký hiệu; văn bản của cơ quan nhà nước nối các nhóm chữ bằng dấu \"-\"",
        SymbolFault.YearJoined => "viết liền năm ban hành với ký hiệu; năm ban hành đứng giữa hai dấu \"/\"",
        SymbolFault.CodeCase => "viết sai chữ hoa, chữ thường trong ký hiệu cơ quan ban hành",
        SymbolFault.PartyAsState => "là ký hiệu văn bản của Đảng, Đoàn: số và tên loại nối bằng dấu \"-\", cơ quan ban hành đứng sau dấu \"/\"",
        _ => "là ký hiệu văn bản của cơ quan nhà nước nhưng viết theo kiểu văn bản của Đảng: số đứng trước dấu \"/\", tên loại và cơ quan nối bằng dấu \"-\"",
    };
}
