using WordHelper.Api.Storage;
using WordHelper.Core.Text;

namespace WordHelper.Api.Clauses;

/// <summary>A clause input that breaks the rules: the Vietnamese message of each field, as problem details show them.</summary>
public sealed class ClauseInputException(IReadOnlyDictionary<string, string[]> errors) : Exception("Điều khoản không hợp lệ.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>
/// What a clause may hold. Its text is cleaned first (control characters removed, NFC), then checked against the
/// limits of <see cref="FieldLimits"/>, so that what is checked is exactly what is stored.
/// </summary>
public static class ClauseInputRules
{
    public static ClauseInput Cleaned(this ClauseInput input) => new(
        Title: InputText.Clean(input.Title).Trim(),
        DocType: InputText.Clean(input.DocType).Trim().ToUpperInvariant(),
        Body: InputText.Clean(input.Body, multiline: true),
        Section: input.Section is null ? null : InputText.Clean(input.Section).Trim(),
        // ";" joins the stored tags: inside a tag it would split it in two.
        Tags: input.Tags?.Select(t => InputText.Clean(t).Replace(';', ',').Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
        Scope: input.Scope is null ? null : InputText.Clean(input.Scope).Trim());

    /// <summary>The input cleaned, or <see cref="ClauseInputException"/> naming every field that breaks a rule.</summary>
    public static ClauseInput Validated(this ClauseInput input)
    {
        var clean = input.Cleaned();
        var errors = new Dictionary<string, string[]>();
        void Check(string field, bool broken, string message)
        {
            if (broken) errors[field] = [.. errors.GetValueOrDefault(field, []), message];
        }

        Check("title", clean.Title.Length == 0, "Thiếu tiêu đề.");
        Check("title", clean.Title.Length > FieldLimits.ClauseTitle, $"Tiêu đề dài tối đa {FieldLimits.ClauseTitle} ký tự.");
        Check("docType", clean.DocType.Length == 0 || clean.DocType.Length > FieldLimits.ClauseDocType || !clean.DocType.All(char.IsLetter),
            "Loại văn bản là chữ viết tắt, như KH, BC, CV.");
        Check("body", clean.Body.Trim().Length == 0, "Thiếu nội dung.");
        Check("body", clean.Body.Length > FieldLimits.ClauseBody, $"Nội dung dài tối đa {FieldLimits.ClauseBody.ToString("N0", VietnameseText.Vi)} ký tự.");
        Check("section", clean.Section?.Length > FieldLimits.ClauseSection, $"Tên đề mục dài tối đa {FieldLimits.ClauseSection} ký tự.");
        Check("scope", clean.Scope?.Length > FieldLimits.ClauseScope, $"Phạm vi dùng chung dài tối đa {FieldLimits.ClauseScope} ký tự.");
        if (clean.Tags is { } tags)
        {
            Check("tags", tags.Count > FieldLimits.TagCount, $"Tối đa {FieldLimits.TagCount} thẻ.");
            Check("tags", tags.Any(t => t.Length > FieldLimits.Tag), $"Mỗi thẻ dài tối đa {FieldLimits.Tag} ký tự.");
            Check("tags", string.Join(";", tags).Length > FieldLimits.ClauseTags, $"Các thẻ cộng lại dài tối đa {FieldLimits.ClauseTags} ký tự.");
        }
        return errors.Count == 0 ? clean : throw new ClauseInputException(errors);
    }

    /// <summary>
    /// The variables and section number of a render, or <see cref="ClauseInputException"/>: a handful of variables of
    /// reasonable length, and a number written in digits (1–3999) or Roman numerals.
    /// </summary>
    public static RenderRequest Validated(this RenderRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var variables = request.Variables ?? [];
        if (variables.Count > FieldLimits.VariableCount)
            errors["variables"] = [$"Tối đa {FieldLimits.VariableCount} biến."];
        else if (variables.Keys.Any(k => InputText.Clean(k).Trim() is { Length: 0 or > FieldLimits.VariableName }))
            errors["variables"] = [$"Tên biến dài 1–{FieldLimits.VariableName} ký tự."];
        else if (variables.Values.Any(v => v?.Length > FieldLimits.VariableValue))
            errors["variables"] = [$"Giá trị của mỗi biến dài tối đa {FieldLimits.VariableValue.ToString("N0", VietnameseText.Vi)} ký tự."];
        var number = InputText.Clean(request.Number).Trim().TrimEnd('.');
        if (number.Length > 0 && !IsSectionNumber(number))
            errors["number"] = ["Số thứ tự đề mục viết bằng chữ số (1–3999) hoặc chữ số La Mã, như IV."];
        return errors.Count == 0 ? request with { Number = number.Length == 0 ? null : number } : throw new ClauseInputException(errors);
    }

    static bool IsSectionNumber(string number) =>
        int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n is > 0 and < 4000
            : number.Length <= 15 && number.All(c => "IVXLCDMivxlcdm".Contains(c));
}
