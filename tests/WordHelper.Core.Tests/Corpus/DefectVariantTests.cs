using System.IO.Compression;
using System.Text;
using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Corpus;

/// <summary>
/// The clean corpus plan with one defect put in, as a drafter would make it: the defect is found by the rule meant
/// for it, with an excerpt that holds the changed text, and nothing else turns into an error.
/// </summary>
public class DefectVariantTests
{
    static readonly byte[] CleanPlan = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "assets", "corpus", "p-c001.docx"));
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    [Theory]
    [InlineData("112/QĐ-TTg", "112/KH-TTg", "VB-CIT-002", "112/KH-TTg")]
    [InlineData("22/01/2021", "31/02/2021", "VB-CIT-003", "31/02/2021")]
    [InlineData("ngày 24/02/2023", "ngày 24/12/2023", "VB-CIT-004", "24/12/2023")]
    [InlineData("Quyết định số 112/QĐ-TTg ngày 22/01/2021", "Nghị định số 30/NĐ-CP ngày 05/3/2020", "VB-CIT-006", "30/NĐ-CP")]
    [InlineData("Quyết định số 112/QĐ-TTg ngày 22/01/2021", "Nghị định số 110/2004/NĐ-CP ngày 08/4/2004", "VB-CIT-007", "110/2004/NĐ-CP")]
    [InlineData("593/LĐTBXH-BTXH", "593/LĐTBXH - BTXH", "VB-CIT-001", "593/LĐTBXH - BTXH")]
    [InlineData("3. Các hoạt động kỷ niệm", "2. Các hoạt động kỷ niệm", "VB-NUM-002", "2. Các hoạt động kỷ niệm")]
    [InlineData("IV. TỔ CHỨC THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN", "VB-NUM-001", "V. TỔ CHỨC THỰC HIỆN")]
    [InlineData("c) Thời gian thực hiện: Trước", "d) Thời gian thực hiện: Trước", "VB-NUM-001", "d) Thời gian")]
    [InlineData("2.2. Sở Thông tin", "1.2. Sở Thông tin", "VB-NUM-007", "1.2. Sở Thông tin")]
    [InlineData("1. Mục đích", "a) Mục đích", "VB-NUM-007", "a) Mục đích")]
    [InlineData("Độc lập - Tự do - Hạnh phúc", "Độc lập-Tự do-Hạnh phúc", "VB-FMT-008", "Độc lập-Tự do")]
    [InlineData("KT. GIÁM ĐỐC", "KT GIÁM ĐỐC", "VB-STR-010", "KT GIÁM ĐỐC")]
    [InlineData("KT. GIÁM ĐỐC", "K.T GIÁM ĐỐC", "VB-STR-010", "K.T GIÁM ĐỐC")]
    [InlineData("PHÓ GIÁM ĐỐC", "", "VB-STR-012", "KT. GIÁM ĐỐC")]
    [InlineData("- UBND tỉnh (B/cáo);", "- Như trên;", "VB-REC-004", "Như trên")]
    [InlineData("- Lưu: VT, BTXHTE.", "- Lưu VT, BTXHTE.", "VB-REC-003", "Lưu VT")]
    [InlineData("- Lưu: VT, BTXHTE.", "- Lưu: VT, BTXHTE", "VB-REC-003", "Lưu: VT, BTXHTE")]
    [InlineData("Ủy ban nhân dân các huyện", "Ủy ban Nhân dân các huyện", "VB-AGN-007", "Ủy ban Nhân dân")]
    [InlineData("- Các Sở: GDĐT, TC, YT, TTTT;", "- Các Sở: GDĐT, TC, TTTT;", "VB-REC-005", "Sở Y tế")]
    [InlineData("- Các Sở: GDĐT, TC, YT, TTTT;", "- Các Sở: GDĐT, TC, YT, TTTT, LĐTBXH;", "VB-REC-006", "LĐTBXH")]
    [InlineData("Nơi nhận:", "Ghi chú:", "VB-REC-001", "")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "VB-STR-001", "")]
    [InlineData("KẾ HOẠCH<", "<", "VB-STR-006", "")]
    [InlineData("Số: 45/KH-SLĐTBXH", "Số: 45/BC-SLĐTBXH", "VB-FMT-002", "45/BC-SLĐTBXH")]
    [InlineData("Số: 45/KH-SLĐTBXH", "Số: 5/KH-SLĐTBXH", "VB-FMT-001", "5/KH-SLĐTBXH")]
    [InlineData("ngày 10 tháng 3 năm 2023", "ngày 10 tháng 03 năm 2023", "VB-FMT-003", "tháng 03")]
    [InlineData("ngày 10 tháng 3 năm 2023", "ngày 10 tháng 3 năm 2025", "VB-AGN-001", "SỞ LAO ĐỘNG")]
    [InlineData("ngày 10 tháng 3 năm 2023", "ngày 10 tháng 3 năm 2025", "VB-AGN-001", "Bộ Lao động")]
    [InlineData("ngày 10 tháng 3 năm 2023", "ngày 10 tháng 9 năm 2025", "VB-AGN-002", "UBND các huyện")]
    [InlineData("lần thứ 7, năm 2023 với chủ đề", "lần thứ 8, năm 2023 với chủ đề", "VB-CON-002", "lần thứ 8")]
    [InlineData("Từ ngày 15/3/2023 đến ngày 25/3/2023", "Từ ngày 15/3/2022 đến ngày 25/3/2022", "VB-CON-001", "15/3/2022")]
    [InlineData("Từ ngày 15/3/2023 đến ngày 25/3/2023", "Từ ngày 25/3/2023 đến ngày 15/3/2023", "VB-CON-004", "25/3/2023")]
    [InlineData("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc", "VB-FMT-008", "Độc lập – Tự do")]
    [InlineData("./.", ".//.", "VB-FMT-009", ".//.")]
    [InlineData("trên địa bàn tỉnh Lạng Sơn", "trên địa bàn tỉnh tỉnh Lạng Sơn", "VB-FMT-010", "tỉnh tỉnh")]
    [InlineData("UBND các huyện", "UNBD các huyện", "VB-AGN-004", "UNBD")]
    [InlineData("Ủy ban nhân dân các huyện", "Ủy ban dân các huyện", "VB-AGN-005", "Ủy ban dân")]
    public void A_defect_put_into_the_clean_plan_is_found(string find, string replace, string rule, string needle)
    {
        var findings = Checker.Check(DocxReader.Read(new MemoryStream(Variant(find, replace)))).Findings;
        Assert.True(findings.Any(f => f.Rule == rule && f.Excerpt.Contains(needle, StringComparison.Ordinal)),
            $"{rule} «{needle}» not found; got:\n" + string.Join("\n", findings.Select(f => $"{f.Rule} «{f.Excerpt}» {f.Message}")));
    }

    [Fact]
    public void The_clean_plan_gets_no_error_and_no_warning_but_its_margins()
    {
        var findings = Checker.Check(DocxReader.Read(new MemoryStream(CleanPlan))).Findings;
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error || (f.Severity == Severity.Warning && f.Rule != "VB-FMT-007"));
    }

    /// <summary>The clean plan with the first occurrence of <paramref name="find"/> in its document part replaced.</summary>
    static byte[] Variant(string find, string replace)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(CleanPlan), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = new StreamReader(entry.Open(), Encoding.UTF8);
                var content = input.ReadToEnd();
                if (entry.FullName == "word/document.xml")
                {
                    var at = content.IndexOf(find, StringComparison.Ordinal);
                    Assert.True(at >= 0, $"\"{find}\" is not in the plan");
                    content = content[..at] + replace + content[(at + find.Length)..];
                }
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return output.ToArray();
    }
}
