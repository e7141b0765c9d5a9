namespace WordHelper.Core.Rules;

/// <summary>error: objectively wrong or against a written rule; warning: probably wrong; info: worth knowing.</summary>
public enum Severity { Info, Warning, Error }

public enum RuleCategory { Citation, Numbering, Recipients, Structure, Format, Agency, Consistency }

public static class RuleNames
{
    public static string Name(this Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
    public static string Name(this RuleCategory c) => c.ToString().ToLowerInvariant();

    public static Severity ParseSeverity(string s) => s switch
    {
        "error" => Severity.Error, "warning" => Severity.Warning, "info" => Severity.Info,
        _ => throw new FormatException($"Unknown severity '{s}'"),
    };

    public static RuleCategory ParseCategory(string s) =>
        Enum.TryParse<RuleCategory>(s, ignoreCase: true, out var c) ? c : throw new FormatException($"Unknown category '{s}'");

    /// <summary>Vietnamese heading of a category, for reports.</summary>
    public static string Title(this RuleCategory c) => c switch
    {
        RuleCategory.Citation => "Trích dẫn văn bản",
        RuleCategory.Numbering => "Đánh số đề mục",
        RuleCategory.Recipients => "Nơi nhận",
        RuleCategory.Structure => "Bố cục văn bản",
        RuleCategory.Format => "Thể thức, trình bày",
        RuleCategory.Agency => "Tên cơ quan",
        _ => "Tính nhất quán",
    };

    public static string Title(this Severity s) => s switch { Severity.Error => "Lỗi", Severity.Warning => "Cảnh báo", _ => "Thông tin" };
}
