using System.Globalization;
using System.Text.RegularExpressions;

namespace WordHelper.Core.Text;

/// <summary>How a figure is written in a Vietnamese document: "1.234" (a dot between thousands), "97,96" (a decimal comma).</summary>
public enum FigureStyle { Integer, DecimalComma, DecimalPoint, SpacedComma }

/// <summary>A figure as written, its value and how many decimals it shows.</summary>
public sealed record Figure(string Written, double Value, int Decimals, FigureStyle Style);

/// <summary>Reads the figures of tables and text as Vietnamese writes them.</summary>
public static partial class VietnameseNumber
{
    /// <summary>
    /// The figure a cell or phrase holds, or null: "1.234" is a thousand and more, "97,96" a decimal, "19.31" a decimal
    /// with the English point, "17, 66" a decimal split by a space. A dot followed by three digits is a thousands dot.
    /// </summary>
    public static Figure? Parse(string text)
    {
        var t = text.Trim();
        if (Integer().IsMatch(t)) return new Figure(t, double.Parse(t.Replace(".", ""), CultureInfo.InvariantCulture), 0, FigureStyle.Integer);
        if (Comma().Match(t) is { Success: true } c)
            return new Figure(t, Value(c.Groups["i"].Value, c.Groups["f"].Value), c.Groups["f"].Length, c.Groups["s"].Length > 0 ? FigureStyle.SpacedComma : FigureStyle.DecimalComma);
        if (Point().Match(t) is { Success: true } p)
            return new Figure(t, Value(p.Groups["i"].Value, p.Groups["f"].Value), p.Groups["f"].Length, FigureStyle.DecimalPoint);
        return null;
    }

    static double Value(string whole, string fraction) =>
        double.Parse(whole.Replace(".", "") + "." + fraction, CultureInfo.InvariantCulture);

    /// <summary>The figure written as Vietnamese writes it, to <paramref name="decimals"/> places.</summary>
    public static string Write(double value, int decimals) => value.ToString("N" + decimals, VietnameseText.Vi);

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{3})+|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^(?<i>\d{1,3}(?:\.\d{3})+|\d+),(?<s>\s+)?(?<f>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Comma();

    [GeneratedRegex(@"^(?<i>\d+)\.(?<f>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Point();
}
