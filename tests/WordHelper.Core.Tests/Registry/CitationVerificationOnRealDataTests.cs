using WordHelper.Core.Citations;
using WordHelper.Core.Documents;
using WordHelper.Core.Registry;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;
using Xunit.Abstractions;

namespace WordHelper.Core.Tests.Registry;

/// <summary>
/// Drafts of 2026 citing real central documents of the shipped data, as drafters write them: some exactly, some with
/// a wrong date, issuer, subject or number. Most of the wrong ones are found; none of the right ones is flagged.
/// </summary>
public class CitationVerificationOnRealDataTests(ITestOutputHelper output)
{
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));
    static readonly string[] Issuers = ["Chính phủ", "Thủ tướng Chính phủ", "Bộ Tài chính", "Bộ Y tế", "Quốc hội", "Bộ Nội vụ", "Bộ Giáo dục và Đào tạo"];
    static readonly string[] RegistryRules = ["VB-CIT-009", "VB-CIT-010", "VB-CIT-011", "VB-CIT-012"];

    /// <summary>Codified documents with everything a full citation needs, in a fixed pseudo-random sample.</summary>
    static List<LegalDocument> Sample(int count)
    {
        var all = CentralRegistry.Default.Documents
            .Where(d => d.Date is not null && d.Issuer.Length > 0 && d.Summary.Length >= 20 && d.StatusNote is null && !d.Summary.Contains(';') && !d.Summary.Contains('/'))
            .Where(d => DocumentNumber.Year(d.Number) is not null && ((ILegalDocumentRegistry)CentralRegistry.Default).FindAll(d.Number).Count == 1)
            .OrderBy(d => d.Number, StringComparer.Ordinal).ToList();
        var random = new Random(2026);
        return all.OrderBy(_ => random.Next()).Take(count).ToList();
    }

    static string Cite(LegalDocument d, DateOnly? date = null, string? issuer = null, string? summary = null, string? number = null) =>
        $"Căn cứ {d.Type} số {number ?? d.Number} ngày {CitationFormatter.ShortDate(date ?? d.Date!.Value)} của {issuer ?? d.Issuer} {Lower(summary ?? d.Summary)};";

    // A summary that is a law's own name keeps its capital: "luật Bảo vệ bí mật nhà nước" would be miswritten.
    static string Lower(string s) => s.Length == 0 || s.StartsWith("Luật ", StringComparison.Ordinal) ? s : char.ToLowerInvariant(s[0]) + s[1..];

    static IReadOnlyList<Finding> Check(string citation) =>
        Checker.Check(DraftDocument.FromLines("UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "Lâm Đồng, ngày 15 tháng 01 năm 2026", "KẾ HOẠCH", "Triển khai nhiệm vụ năm 2026", citation))
            .Findings.Where(f => f.Severity >= Severity.Warning && f.Category == RuleCategory.Citation).ToList();

    [Fact]
    public void Right_citations_are_quiet_and_wrong_ones_are_found()
    {
        var sample = Sample(200);
        var random = new Random(7);
        var (right, wrong, found) = (0, 0, 0);
        var falseAlarms = new List<string>();
        var missed = new List<string>();
        for (var i = 0; i < sample.Count; i++)
        {
            var d = sample[i];
            var ok = Check(Cite(d));
            if (ok.Count > 0) falseAlarms.Add(Cite(d) + " → " + string.Join(" | ", ok.Select(f => f.Rule + " " + f.Message)));
            right++;
            var other = sample[(i + 1 + random.Next(sample.Count - 1)) % sample.Count];
            var wrongNumber = $"{DocumentNumber.Serial(d.Number) + 400}/{DocumentNumber.Year(d.Number)}/{DocumentNumber.Symbol(d.Number)}";
            var mistakes = new (string Kind, string Text)[]
            {
                ("date", Cite(d, date: d.Date!.Value.AddDays(random.Next(1, 20)))),
                ("issuer", Cite(d, issuer: Issuers.First(x => !IssuerMatch.Default.Same(x, d.Issuer)))),
                ("summary", Cite(d, summary: other.Summary)),
                ("number", Cite(d, number: wrongNumber)),
            };
            foreach (var (kind, text) in mistakes)
            {
                if (kind == "summary" && SubjectMatch.Default.Overlap(other.Summary, d.Summary) is null or > 0.3) continue;
                if (kind == "number" && !CentralRegistry.Default.CoversSeries(wrongNumber, d.Type)) continue;
                wrong++;
                if (Check(text).Any(f => RegistryRules.Contains(f.Rule))) found++;
                else missed.Add(kind + ": " + text + (kind == "summary" ? $" vs [{d.Summary}] {SubjectMatch.Default.Overlap(other.Summary, d.Summary)}" : ""));
            }
        }
        output.WriteLine($"right {right}, false alarms {falseAlarms.Count}; wrong {wrong}, found {found}");
        foreach (var f in falseAlarms.Take(30)) output.WriteLine("FALSE " + f);
        foreach (var m in missed.Take(40)) output.WriteLine("MISSED " + m);
        Assert.Empty(falseAlarms);
        Assert.True(found >= wrong * 0.9, $"found {found} of {wrong}");
    }
}
