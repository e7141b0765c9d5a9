namespace WordHelper.Testing;

/// <summary>One way markup nests in a Word document, level after level, around a paragraph or a run.</summary>
/// <param name="Open">The markup opening one level; <paramref name="Close"/> closes it.</param>
/// <param name="ElementsPerLevel">How many elements one level adds to the depth.</param>
/// <param name="Paragraph">True when the levels sit inside one paragraph, around a run.</param>
/// <param name="ShowsText">False where Word shows nothing either: what an element of an unknown namespace holds is not read.</param>
public sealed record Nesting(string Name, string Open, string Close, int ElementsPerLevel, bool Paragraph = false, bool ShowsText = true)
{
    public override string ToString() => Name;
}

/// <summary>Documents nested as deep as asked, in every way OOXML lets markup nest.</summary>
public static class DeepMarkup
{
    public const string Text = "Kế hoạch số 12/KH-UBND";

    public static readonly IReadOnlyList<Nesting> Kinds =
    [
        new("content controls", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 2),
        new("content controls in a paragraph", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 2, Paragraph: true),
        new("tables in tables", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 3),
        new("unknown elements", "<x:a>", "</x:a>", 1, ShowsText: false),
        new("custom XML", "<w:customXml w:element=\"e\">", "</w:customXml>", 1),
        new("text boxes in text boxes", "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>", "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>", 7),
        new("hyperlinks", "<w:hyperlink>", "</w:hyperlink>", 1, Paragraph: true),
        new("tracked insertions", "<w:ins w:id=\"1\" w:author=\"A\">", "</w:ins>", 1, Paragraph: true),
        new("equations", "<m:f><m:num>", "</m:num></m:f>", 2, Paragraph: true),
    ];

    public static IEnumerable<object[]> Theory => Kinds.Select(k => new object[] { k });

    /// <summary>A body whose text sits <paramref name="levels"/> levels of <paramref name="kind"/> deep.</summary>
    public static string Body(Nesting kind, int levels)
    {
        if (!kind.Paragraph) return RawDocx.Nested(kind.Open, kind.Close, levels, RawDocx.Paragraph(Text));
        var run = kind.Name == "equations" ? $"<m:r><m:t>{Text}</m:t></m:r>" : $"<w:r><w:t xml:space=\"preserve\">{Text}</w:t></w:r>";
        var nested = RawDocx.Nested(kind.Open, kind.Close, levels, run);
        return kind.Name == "equations" ? $"<w:p><m:oMath>{nested}</m:oMath></w:p>" : $"<w:p>{nested}</w:p>";
    }

    /// <summary>The most levels of <paramref name="kind"/> that stay within <paramref name="maxDepth"/>, with room for the package around them.</summary>
    public static int LevelsWithin(Nesting kind, int maxDepth) => (maxDepth - 16) / kind.ElementsPerLevel;

    /// <summary>A style part whose one style holds markup <paramref name="levels"/> deep.</summary>
    public static string DeepStyle(int levels) =>
        "<w:style w:type=\"paragraph\" w:styleId=\"Sau\"><w:name w:val=\"Sâu\"/>" + RawDocx.Nested("<x:a>", "</x:a>", levels, "") + "</w:style>";
}
