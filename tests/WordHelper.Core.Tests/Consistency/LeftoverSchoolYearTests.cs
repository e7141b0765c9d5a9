using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-001 on a school's plan: last school year left where the plan looks ahead, not where it tells results.</summary>
public class LeftoverSchoolYearTests
{
    static string[] Plan(params string[] body) =>
        ["TRƯỜNG THPT THÁP MƯỜI", "Số: 45/KH-THPTTM", "Tháp Mười, ngày 25 tháng 8 năm 2025", "KẾ HOẠCH",
         "Tổ chức Lễ khai giảng năm học 2025-2026", "I. MỤC ĐÍCH, YÊU CẦU", .. body,
         "Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG", "Trần Văn Nam"];

    [Theory]
    [InlineData("Tạo không khí phấn khởi cho học sinh bước vào năm học 2024-2025.", "năm học 2024-2025")]
    [InlineData("Tổ chức Lễ khai giảng năm học 2024 – 2025 trang trọng.", "năm học 2024 – 2025")]
    public void Last_school_year_where_the_plan_looks_ahead_is_found(string line, string leftover)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-001", Plan(line)));
        Assert.Equal(leftover, finding.Excerpt);
        Assert.Contains("dành cho năm học 2025-2026", finding.Message);
    }

    [Theory]
    [InlineData("Căn cứ kết quả thực hiện nhiệm vụ năm học 2024-2025, nhà trường đạt nhiều thành tích.")]
    [InlineData("Trong năm học 2024 - 2025, tỷ lệ tốt nghiệp đạt 99%.")]
    [InlineData("Tạo không khí phấn khởi cho học sinh bước vào năm học 2025-2026.")]
    public void Last_year_s_results_and_this_year_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-001", Plan(line)));
}
