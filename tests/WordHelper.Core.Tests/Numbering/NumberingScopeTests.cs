using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules.Numbering;
using static WordHelper.Core.Tests.Numbering.NumberingDrafts;

namespace WordHelper.Core.Tests.Numbering;

/// <summary>Where numbering starts afresh or is not read: appendices, recipients, tables, quotations, figures.</summary>
public class NumberingScopeTests
{
    [Theory]
    [InlineData("PHỤ LỤC")]
    [InlineData("Phụ lục I")]
    [InlineData("PHỤ LỤC II: DANH SÁCH ĐƠN VỊ")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    public void An_appendix_or_a_new_document_starts_the_numbering_afresh(string heading)
    {
        Assert.Empty(Findings("I. MỤC ĐÍCH", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG", heading, "I. DANH SÁCH", "1. Sở Y tế", "2. Sở Tài chính"));
    }

    [Fact]
    public void Nothing_after_the_recipients_label_counts_until_something_starts_afresh()
    {
        var scope = new NumberingScope(RulePackData.Default);
        string[] lines = ["1. Mục đích", "Nơi nhận:", "- Như trên;", "1. Lưu: VT", "PHỤ LỤC", "1. Sở Y tế"];
        var marks = lines.Select((t, i) => scope.Mark(new DraftParagraph { Index = i, Text = t })).ToList();
        Assert.Equal([ScopeMark.Counts, ScopeMark.Ignored, ScopeMark.Ignored, ScopeMark.Ignored, ScopeMark.Afresh, ScopeMark.Counts], marks);
    }

    [Fact]
    public void A_quotation_mark_left_open_is_closed_by_an_appendix()
    {
        var scope = new NumberingScope(RulePackData.Default);
        string[] lines = ["Sửa đổi như sau: “Điều 5.", "1. Nội dung", "Phụ lục", "1. Sở Y tế"];
        var marks = lines.Select((t, i) => scope.Mark(new DraftParagraph { Index = i, Text = t })).ToList();
        Assert.Equal([ScopeMark.Counts, ScopeMark.Ignored, ScopeMark.Afresh, ScopeMark.Counts], marks);
    }

    [Fact]
    public void Numbers_in_tables_are_not_headings()
    {
        Assert.Empty(Findings(Plan("I. MỤC ĐÍCH", "1. Mục đích", "[table] STT", "[table] 1", "[table] 3. Sở Y tế", "[table] 1. Sở Tài chính", "2. Yêu cầu")));
    }

    [Fact]
    public void Quoted_text_spanning_paragraphs_keeps_its_own_numbers()
    {
        Assert.Empty(Findings("1. Sửa đổi Điều 5 như sau:", "“Điều 5. Trách nhiệm", "3. Sở Y tế", "1. Sở Tài chính.”", "2. Bổ sung Điều 7.",
            "3. Bãi bỏ \"khoản 2", "5. Các đơn vị\"", "4. Hiệu lực"));
    }

    [Theory]
    [InlineData("1.000.000 đồng cho mỗi đơn vị")]
    [InlineData("15/3/2023 là ngày tổ chức")]
    [InlineData("2023. Năm bản lề")]
    [InlineData("05 đơn vị xếp loại xuất sắc")]
    [InlineData("10,5% số hồ sơ")]
    [InlineData("III.1")]
    [InlineData("“1. Trích dẫn”")]
    public void Figures_dates_and_quotations_at_the_start_of_a_line_are_not_headings(string line)
    {
        Assert.Empty(Findings("I. MỤC ĐÍCH", "1. Mục đích", line, "2. Yêu cầu", "II. NỘI DUNG"));
    }
}
