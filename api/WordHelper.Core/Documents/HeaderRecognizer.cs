using System.Text.RegularExpressions;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Documents;

/// <summary>
/// Recognises the parts of an administrative document — issuing body, Quốc hiệu and Tiêu ngữ, Số/ký hiệu, place and
/// date, type name and summary, Kính gửi, body, Nơi nhận, signature — whether laid out in tables or not. It reads
/// lines (a paragraph may hold several, split by line breaks), so it works on the text alone when formatting is unknown.
/// </summary>
public static partial class HeaderRecognizer
{
    /// <summary>How far from the top the header parts may stand.</summary>
    const int HeaderWindow = 40;

    public static DocumentHeader Recognize(DraftDocument document, RulePackData pack)
    {
        var ps = document.Paragraphs;
        var window = Math.Min(ps.Count, HeaderWindow);

        DraftParagraph? nationalTitle = null, motto = null, numberLine = null, dateLine = null, kindParagraph = null, titleParagraph = null;
        string? number = null, place = null, kind = null, title = null;
        DraftDate? date = null;
        DocTypeEntry? type = null;
        var partyTitle = false;

        for (var i = 0; i < window; i++)
        {
            var p = ps[i];
            foreach (var line in Lines(p).SelectMany(LaidOutColumns.Of))
            {
                // A "DỰ THẢO" stamp is neither the type, the summary nor the issuer.
                if (DocumentKindRecognizer.IsDraftStamp(line, pack)) continue;
                var key = VietnameseText.Key(line);
                var (isNational, isMotto) = LaidOutColumns.NationalParts(key);
                if (isNational) nationalTitle ??= p;
                if (isMotto) motto ??= p;
                if (isNational || isMotto) continue;
                if (key.Length < 60 && (pack.DocumentKinds.PartyTitles ?? []).Any(t => key == t))
                {
                    partyTitle = true;
                    continue;
                }
                if (numberLine is null && NumberLinePattern().Match(line) is { Success: true } nm)
                {
                    numberLine = p;
                    number = SymbolRunOn(line, nm.Groups["sym"]);
                    // Without a table, "Số: …" and the date share one line, separated by tabs or spaces.
                    if (dateLine is null && DateLinePattern().Match(line[(nm.Index + nm.Length)..]) is { Success: true } dm) (dateLine, place, date) = (p, PlaceOf(dm), DateOf(dm));
                }
                else if (dateLine is null && line.Length < 120 && DateLinePattern().Match(line) is { Success: true } dm2)
                    (dateLine, place, date) = (p, PlaceOf(dm2), DateOf(dm2));
                else if (kind is null && MatchKind(line, pack, underTitle: (nationalTitle is not null || partyTitle) && title is null) is { } t)
                {
                    kind = VietnameseText.Upper(line.Trim().TrimEnd(':'));
                    type = t;
                    kindParagraph = p;
                    // A title run on after the type's name ("BÁO CÁO CÔNG TÁC TUẦN 02 …") is the summary.
                    if (TitleRunOn(line, t) is { } runOn) (title, titleParagraph) = (runOn, p);
                }
                // A mail-merge template holds the summary's place with a field ("{{TRICH_YEU}}") under the number.
                else if (title is null && (VvPattern().IsMatch(line) || numberLine is not null && p.Index <= numberLine.Index + 2 && MergeFields.IsField(line)))
                {
                    title = line.Trim();
                    titleParagraph = p;
                }
            }
            if (kindParagraph is not null && titleParagraph is null && p != kindParagraph && !p.IsBlank && !IsStamp(p, pack))
            {
                // The summary stands right under the type name (it may share the type's paragraph after a line break).
                title = p.Text.Trim();
                titleParagraph = p;
            }
            else if (kindParagraph == p && Lines(p).Skip(1).FirstOrDefault(l => l.Trim().Length > 0) is { } rest)
            {
                title = rest.Trim();
                titleParagraph = p;
            }
        }

        // A text box may carry the "Số" or "V/v" line of a công văn: it stands outside the paragraphs but counts.
        foreach (var line in document.FloatingText.SelectMany(t => t.Split('\n')))
        {
            if (number is null && NumberLinePattern().Match(line) is { Success: true } fm) number = fm.Groups["sym"].Value.Trim();
            if (title is null && VvPattern().IsMatch(line)) title = line.Trim();
        }

        // A công văn has no type line: its "V/v" summary (or a symbol without a type abbreviation) marks it.
        if (kind is null && title is not null && (VvPattern().IsMatch(title) || MergeFields.IsField(title)))
        {
            type = pack.DocTypes.FirstOrDefault(t => t.Name == "Công văn");
            kind = type is null ? null : VietnameseText.Upper(type.Name);
        }
        type ??= number is null ? null : TypeFromSymbol(number, pack);

        // A speech, an agenda, a form or a decree has a title at the top; an administrative type line is looked above.
        var genre = DocumentKindRecognizer.Recognize(ps, kindParagraph ?? titleParagraph, type, pack);

        // A type the pack does not list ("NHẬN XÉT", "TỔNG HỢP Ý KIẾN") still stands where the type stands: the first line under the date.
        if (kind is null && genre is null && dateLine is not null && UnlistedKind(ps, dateLine.Index + 1, window, pack) is { } unlisted)
        {
            (kind, kindParagraph) = (VietnameseText.Upper(unlisted.Text.Trim().TrimEnd(':')), unlisted);
            if (titleParagraph is null && ps.Skip(unlisted.Index + 1).Take(3).FirstOrDefault(q => !q.IsBlank) is { } under && !VietnameseText.IsUpperText(under.Text))
                (title, titleParagraph) = (under.Text.Trim(), under);
        }

        // The issuer stands above "Số:", the date, the type name and the title of a document of another kind.
        var issuerStop = new[] { numberLine?.Index, kindParagraph?.Index, dateLine?.Index, genre?.Title?.Index, 8 }.Where(i => i is not null).Min()!.Value;
        var (issuerParagraph, parent, issuer) = FindIssuer(ps, issuerStop, nationalTitle, motto, pack);

        var firstAfterHeader = new[] { nationalTitle, motto, numberLine, dateLine, kindParagraph, titleParagraph, issuerParagraph }
            .Where(p => p is not null).Select(p => p!.Index + 1).DefaultIfEmpty(0).Max();

        var kinhGui = FindKinhGui(ps, firstAfterHeader, window + 10);
        var bodyStart = Math.Max(firstAfterHeader, kinhGui.Count > 0 ? kinhGui[^1].Paragraph.Index + 1 : 0);
        // A long title or a second summary line may follow; skip blank lines and the underline.
        while (bodyStart < ps.Count && (ps[bodyStart].IsBlank || IsRule(ps[bodyStart].Text))) bodyStart++;

        var (recipientsLabel, recipients) = FindRecipients(ps, bodyStart);
        var signature = FindSignature(ps, bodyStart, recipientsLabel);
        var signedByPerson = signature.Count == 0 && PersonalRole(ps, bodyStart, pack) is not null;
        var bodyEnd = new[] { recipientsLabel?.Index, signature.FirstOrDefault()?.Index }
            .Where(i => i is not null && i >= bodyStart).Select(i => i!.Value).DefaultIfEmpty(ps.Count).Min();

        return new DocumentHeader
        {
            Genre = genre?.Kind,
            ParentIssuer = parent,
            Issuer = issuer,
            IssuerParagraph = issuerParagraph,
            NationalTitle = nationalTitle,
            // A Party number under a Quốc hiệu is a State number mistyped ("12-KH/UBND"), not a Party document.
            IsPartySystem = partyTitle || nationalTitle is null && number is not null && IsPartyNumber(number),
            Motto = motto,
            NumberLine = numberLine,
            Number = number,
            DateLine = dateLine,
            Place = place,
            Date = date,
            Kind = kind,
            KindParagraph = kindParagraph,
            Type = type is null ? null : new DocTypeRef(type.Name, type.Abbr, type.Category),
            Title = title,
            TitleParagraph = titleParagraph,
            KinhGui = kinhGui,
            BodyStart = Math.Min(bodyStart, ps.Count),
            BodyEnd = bodyEnd,
            RecipientsLabel = recipientsLabel,
            Recipients = recipients,
            Signature = signature,
            SignedByPerson = signedByPerson,
        };
    }

    /// <summary>The place-and-date line's parts as written ("Lạng Sơn", "05", "3", "2023"), day and month possibly blank.</summary>
    public static Match DateLine(string line) => DateLinePattern().Match(line);

    /// <summary>The lines of a paragraph: Word line breaks split one paragraph into several printed lines.</summary>
    public static IEnumerable<string> Lines(DraftParagraph p) => p.DisplayText.Split('\n');

    /// <summary>A paragraph that holds nothing but a draft's stamp.</summary>
    static bool IsStamp(DraftParagraph p, RulePackData pack) =>
        Lines(p).All(l => l.Trim().Length == 0 || DocumentKindRecognizer.IsDraftStamp(l, pack));

    static DocTypeEntry? MatchKind(string line, RulePackData pack, bool underTitle)
    {
        // "QUYẾT ĐỊNH:" before Điều 1 is the decision's formula, not its type line.
        if (VietnameseText.Key(line) == "quyet dinh" && line.TrimEnd().EndsWith(':')) return null;
        var trimmed = line.Trim().TrimEnd(':').Trim();
        if (trimmed.Length is < 3 or > 90 || !VietnameseText.IsUpperText(trimmed)) return null;
        var key = VietnameseText.Key(trimmed);
        foreach (var (type, keys) in TypeKeys.For(pack))
            if (trimmed.Length <= 30 && keys.Contains(key)
                || RunsOn(type, underTitle) && key.StartsWith(keys[0] + " ", StringComparison.Ordinal)) return type;
        return null;
    }

    /// <summary>
    /// Whether the type's title may run on on its line, here: some types only under the Quốc hiệu or a Party's title
    /// and before any summary (a công văn's appendix may open "BÁO CÁO THỰC TRẠNG …").
    /// </summary>
    static bool RunsOn(DocTypeEntry type, bool underTitle) => type.TitleRunsOn || type.TitleRunsOnUnderNationalTitle && underTitle;

    /// <summary>The words after the type's name on its line ("CÔNG TÁC TUẦN 02" of "BÁO CÁO CÔNG TÁC TUẦN 02"), or null.</summary>
    static string? TitleRunOn(string line, DocTypeEntry type)
    {
        if (!type.TitleRunsOn && !type.TitleRunsOnUnderNationalTitle) return null;
        var words = line.Trim().TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var named = type.Name.Split(' ').Length;
        return words.Length > named ? string.Join(' ', words.Skip(named)) : null;
    }

    /// <summary>The types a type line may name, each with the keys of its name (first) and aliases.</summary>
    static readonly PerPack<List<(DocTypeEntry Type, string[] Keys)>> TypeKeys = new(pack => pack.DocTypes
        .Where(t => t.Category is not ("copy" or "reference"))
        .Select(t => (t, new[] { t.Name }.Concat(t.Aliases ?? []).Select(VietnameseText.Key).ToArray()))
        .ToList());

    /// <summary>A Party or Youth Union number: the serial joined to the type by "-", the issuer after "/" ("45-KH/TU", "125-KH/TĐTN-PT").</summary>
    public static bool IsPartyNumber(string number) => PartyNumberPattern().IsMatch(number);

    [GeneratedRegex(@"^\d*\s*-\s*\p{Lu}[\p{L}]*/\p{Lu}[\p{L}\d]*(-[\p{L}\d]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartyNumberPattern();

    /// <summary>The type whose abbreviation opens the symbol, after the year of a normative number: "45/KH-SLĐTBXH" → Kế hoạch, "12/2025/NQ-HĐND" → Nghị quyết.</summary>
    public static DocTypeEntry? TypeFromSymbol(string number, RulePackData pack)
    {
        var slash = number.IndexOf('/');
        if (slash < 0) return null;
        var parts = number[(slash + 1)..].Split('-', '/');
        var first = (parts.Length > 1 && parts[0].Trim() is { Length: 4 } year && year.All(char.IsDigit) ? parts[1] : parts[0]).Trim();
        return first.Length == 0 ? null : pack.DocTypes.FirstOrDefault(t => t.Category == "administrative" && t.Abbr == first);
    }

    static (DraftParagraph? Paragraph, DraftParagraph? Parent, string? Issuer) FindIssuer(
        IReadOnlyList<DraftParagraph> ps, int stop, DraftParagraph? nationalTitle, DraftParagraph? motto, RulePackData pack)
    {
        // The issuer's lines are the upper-case lines at the top that are not Quốc hiệu.
        var lines = new List<(DraftParagraph P, string Text)>();
        for (var i = 0; i < stop && i < ps.Count; i++)
        {
            var p = ps[i];
            foreach (var raw in Lines(p).SelectMany(LaidOutColumns.Of))
            {
                var line = raw.Trim();
                if (line.Length == 0 || IsRule(line) || DocumentKindRecognizer.IsDraftStamp(line, pack)) continue;
                var key = VietnameseText.Key(line);
                if (key.Contains("cong hoa xa hoi", StringComparison.Ordinal) || key.StartsWith("doc lap", StringComparison.Ordinal)) continue;
                if (VietnameseText.IsUpperText(line) && line.Length <= 120 && !char.IsDigit(line[0]) && !RomanStart().IsMatch(line)) lines.Add((p, line));
            }
        }
        // "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG": a line that opens with a place continues the name above it.
        for (var i = lines.Count - 1; i > 0; i--)
            if (PlaceContinuation().IsMatch(lines[i].Text)) { lines[i - 1] = (lines[i - 1].P, lines[i - 1].Text + " " + lines[i].Text); lines.RemoveAt(i); }
        if (lines.Count == 0) return (null, null, null);
        if (lines.Count == 1) return (lines[0].P, null, lines[0].Text);
        // The parent body is printed upright and the issuer bold; where both look alike, the first line is the parent.
        var boldFrom = lines.FindIndex(l => l.P.IsBold);
        var split = boldFrom > 0 ? boldFrom : 1;
        var parent = lines[split - 1].P;
        return (lines[split].P, parent == lines[split].P ? null : parent, string.Join(" ", lines.Skip(split).Select(l => l.Text)));
    }

    /// <summary>Every printed line from paragraph <paramref name="from"/> on, in order.</summary>
    static IEnumerable<HeaderLine> LinesFrom(IReadOnlyList<DraftParagraph> ps, int from, int until)
    {
        for (var i = Math.Max(0, from); i < Math.Min(ps.Count, until); i++)
            foreach (var line in HeaderLine.Of(ps[i])) yield return line;
    }

    static List<HeaderLine> FindKinhGui(IReadOnlyList<DraftParagraph> ps, int from, int until)
    {
        var result = new List<HeaderLine>();
        foreach (var line in LinesFrom(ps, from - 3, until))
        {
            if (result.Count == 0)
            {
                if (VietnameseText.Fold(line.Text.TrimStart()).StartsWith("kinh gui", StringComparison.Ordinal)) result.Add(line);
                continue;
            }
            if (line.Text.Trim().Length == 0) { if (result.Count > 1) break; continue; }
            // A line that ends with a comma runs on: "- Các Sở: Công Thương, Tài chính," / "Nông nghiệp và Môi trường;".
            if (!IsListLine(line.Text) && !(result.Count > 1 && result[^1].Text.TrimEnd().EndsWith(','))) break;
            result.Add(line);
        }
        return result;
    }

    /// <summary>A line in lower case after a line that left its entry open (no ";" or "." yet) goes on with that entry.</summary>
    public static bool Continues(string previous, string line)
    {
        var before = previous.TrimEnd();
        return line.Length > 0 && char.IsLower(line[0]) && before.Length > 0 && before[^1] is not (';' or '.' or ':');
    }

    /// <summary>
    /// The number of a "Số" line, with a symbol set apart from it by a run of spaces ("Số  37    -KH/UBH"): the run
    /// parts columns, but not before a "-" or "/" that goes on with the symbol.
    /// </summary>
    static string SymbolRunOn(string line, Group symbol)
    {
        var end = symbol.Index + symbol.Length;
        var rest = line[end..];
        var gap = rest.Length - rest.TrimStart(' ', '\u00A0').Length;
        if (gap > 0 && SymbolTail().Match(rest, gap) is { Success: true } tail && tail.Index == gap)
            return (symbol.Value + rest[..(gap + tail.Length)]).Trim();
        return symbol.Value.Trim();
    }

    [GeneratedRegex(@"[-/]\s*\p{Lu}[\p{L}\d/-]*", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolTail();

    /// <summary>"Nơi nhận:", even behind a stray mark ("* Nơi nhận:"), which the recipient checks then report.</summary>
    static bool OpensRecipients(string text) =>
        VietnameseText.Fold(text.TrimStart().TrimStart('*', '-', '•', '+', '.').TrimStart()).StartsWith("noi nhan", StringComparison.Ordinal);

    static (DraftParagraph? Label, List<HeaderLine> Lines) FindRecipients(IReadOnlyList<DraftParagraph> ps, int from)
    {
        for (var i = ps.Count - 1; i >= from; i--)
        {
            if (!VietnameseText.Fold(ps[i].Text.TrimStart()).Contains("noi nhan", StringComparison.Ordinal)) continue;
            var lines = new List<HeaderLine>();
            var afterLabel = false;
            foreach (var line in Following(ps, i).SelectMany(p => LinesFrom(ps, p.Index, p.Index + 1)))
            {
                if (!afterLabel)
                {
                    afterLabel = OpensRecipients(line.Text);
                    continue;
                }
                var left = LaidOutColumns.RecipientSide(line.Text);
                var t = left.Trim();
                if (t.Length == 0) { if (lines.Count > 0 && line.Paragraph.Cell is null) break; continue; }
                // An entry too long for the column wraps onto a line of its own: "- Các sở, ban, ngành, đoàn thể" / "cấp tỉnh;".
                if (!IsListLine(t) && !VietnameseText.Fold(t).StartsWith("luu", StringComparison.Ordinal) && !(lines.Count > 0 && Continues(lines[^1].Text, t))) break;
                lines.Add(line with { Text = left });
            }
            if (afterLabel) return (ps[i], lines);
        }
        return (null, []);
    }

    /// <summary>
    /// The paragraph at <paramref name="start"/> and those that follow it in reading order: in a layout table,
    /// the same column of the same table (Nơi nhận on the left, the signature on the right, row after row).
    /// </summary>
    static IEnumerable<DraftParagraph> Following(IReadOnlyList<DraftParagraph> ps, int start)
    {
        var cell = ps[start].Cell;
        for (var j = start; j < ps.Count; j++)
        {
            var c = ps[j].Cell;
            if (cell is null) yield return ps[j];
            else if (c is null || c.Table != cell.Table) yield break;
            else if (c.Column == cell.Column) yield return ps[j];
        }
    }

    static List<DraftParagraph> FindSignature(IReadOnlyList<DraftParagraph> ps, int from, DraftParagraph? recipientsLabel)
    {
        // The authority line ("TM.", "KT.", "Q.", "TL.", "TUQ.") or, without one, the signer's upper-case title near the end.
        for (var i = from; i < ps.Count; i++)
        {
            if (!AuthorityPattern().IsMatch(LaidOutColumns.SignatureSide(ps[i].Text).Trim()) && !IsAuthorityInCapitals(ps[i])) continue;
            return TakeSignature(ps, i);
        }
        for (var i = ps.Count - 1; i >= from && i >= ps.Count - 25; i--)
        {
            // The title may share its paragraph with the name below it, after line breaks.
            var t = LaidOutColumns.SignatureSide(ps[i].Text.Split('\n')[0]).Trim();
            if (SignerTitlePattern().IsMatch(t)) return TakeSignature(ps, i);
        }
        // An appendix after the signature puts it far from the end: it then sits beside or below the Nơi nhận.
        if (recipientsLabel is not null)
            for (var i = recipientsLabel.Index + 1; i < ps.Count && i <= recipientsLabel.Index + 40; i++)
                if (SignerTitlePattern().IsMatch(LaidOutColumns.SignatureSide(ps[i].Text.Split('\n')[0]).Trim())) return TakeSignature(ps, i);
        return [];
    }

    /// <summary>The line near the end a person signs under on a paper of their own ("Người báo cáo"), or null.</summary>
    static DraftParagraph? PersonalRole(IReadOnlyList<DraftParagraph> ps, int from, RulePackData pack)
    {
        var roles = PersonalRoles.For(pack);
        for (var i = ps.Count - 1; i >= from && i >= ps.Count - 15; i--)
            if (roles.Contains(VietnameseText.Fold(LaidOutColumns.SignatureSide(ps[i].Text.Split('\n')[0]).Trim().TrimEnd(':')))) return ps[i];
        return null;
    }

    /// <summary>signing.json's personal roles, folded once.</summary>
    static readonly PerPack<HashSet<string>> PersonalRoles = new(pack =>
        (pack.Signing.PersonalRoles ?? []).Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal));

    static List<DraftParagraph> TakeSignature(IReadOnlyList<DraftParagraph> ps, int start)
    {
        var lines = new List<DraftParagraph>();
        // A signature set beside the Nơi nhận goes on below the list's last item: the items do not end it.
        var beside = LaidOutColumns.SignatureSideStart(ps[start].Text) > 0;
        foreach (var p in Following(ps, start))
        {
            if (lines.Count >= 8) break;
            var side = LaidOutColumns.SignatureSide(p.Text);
            if (side.Trim().Length == 0 || beside && side == p.Text && IsListLine(side)) continue;
            var opening = VietnameseText.Fold(side.TrimStart());
            // The Nơi nhận, a list, or the appendix that follows the signature ends it.
            if (opening.StartsWith("noi nhan", StringComparison.Ordinal) || opening.StartsWith("phu luc", StringComparison.OrdinalIgnoreCase) || IsListLine(side == p.Text ? p.DisplayText : side)) break;
            lines.Add(p);
            // The signer's name ends the block; a misspelt "Kt. GIÁM ĐỐC" is still a title line.
            if (!VietnameseText.IsUpperText(side) && !IsAuthorityInCapitals(p)) break;
        }
        return lines;
    }

    /// <summary>"K.T GIÁM ĐỐC", "Kt. CHỦ TỊCH": a misspelt authority before a title in capitals.</summary>
    static bool IsAuthorityInCapitals(DraftParagraph p) =>
        AuthorityLine.Parse(p.Text.Split('\n')[0]) is { } a && VietnameseText.IsUpperText(a.Title);

    internal static bool IsListLine(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && t[0] is '-' or '–' or '+' or '•' or '*' or '\uF0A7' or '\uF02D';
    }

    /// <summary>
    /// The first paragraph from <paramref name="from"/> when it reads as a type name: one short line of capitals without
    /// figures, not "KÍNH GỬI" nor a numbered heading; null otherwise.
    /// </summary>
    static DraftParagraph? UnlistedKind(IReadOnlyList<DraftParagraph> ps, int from, int until, RulePackData pack)
    {
        var p = ps.Skip(from).Take(Math.Max(0, until - from)).FirstOrDefault(q => !q.IsBlank && !IsRule(q.Text) && !IsStamp(q, pack));
        if (p is null || p.Text.Contains('\n')) return null;
        var text = p.Text.Trim().TrimEnd(':').Trim();
        if (text.Length is < 3 or > 60 || !VietnameseText.IsUpperText(text) || text.Any(char.IsDigit) || RomanStart().IsMatch(text)) return null;
        return VietnameseText.Key(text).StartsWith("kinh gui", StringComparison.Ordinal) ? null : p;
    }

    static bool IsRule(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t.All(c => c is '_' or '-' or '–' or '—' or '*' or '.' or '=' or ' ');
    }

    static string PlaceOf(Match m) => m.Groups["place"].Value.Trim();

    static DraftDate? DateOf(Match m)
    {
        if (!int.TryParse(m.Groups["y"].Value, out var y)) return null;
        int? month = int.TryParse(m.Groups["m"].Value, out var mo) ? mo : null;
        int? day = month is not null && int.TryParse(m.Groups["d"].Value, out var d) ? d : null;
        return new DraftDate(y, month, day);
    }

    [GeneratedRegex(@"^\s*S[ốố]\s*(?:[:：]\s*|\s+(?=[\d/.…-]))(?<sym>[^\t\n]*?)(?=\t|\s{3,}|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLinePattern();

    /// <summary>
    /// "Lạng Sơn, ngày 10 tháng 3 năm 2023", with day and month possibly blank or dotted; the year too, where the line
    /// ends blank ("Lâm Đồng, ngày    tháng    năm"). "Hôm nay, ngày … tháng …" opens a Biên bản's body, not a date line.
    /// </summary>
    [GeneratedRegex(@"^\s*(?!H[ôo]m\s+nay\b)(?<place>\p{Lu}[\p{L}\p{M} .\-]{1,60}?)\s*(?<comma>,)?\s*ng[àa]y\s*(?<d>\d{1,2}|[\s._…]*)\s*th[áa]ng\s*(?<m>\d{1,2}|[\s._…]*)\s*n[ăa]m\s*(?:(?<y>\d{2,4})|[\s._…]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex DateLinePattern();

    [GeneratedRegex(@"^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceContinuation();

    [GeneratedRegex(@"^[IVXLC]+\s*[.)]\s")]
    private static partial Regex RomanStart();

    [GeneratedRegex(@"^\s*(V/v|V/V|v/v|[Vv]ề việc)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VvPattern();

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"; also without the dot ("KT GIÁM ĐỐC"), which a rule then reports.</summary>
    [GeneratedRegex(@"^(TM|KT|Q|TL|TUQ|T/M|K/T)\s?\.\s*\p{Lu}|^(TM|KT|TL|TUQ|T/M|K/T)\s+\p{Lu}\p{Lu}", RegexOptions.CultureInvariant)]
    internal static partial Regex AuthorityPattern();

    /// <summary>A signer's title: "GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "VỤ TRƯỞNG", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG"…</summary>
    [GeneratedRegex(@"^(PHÓ\s+)?[\p{Lu}\s]{0,30}\b(TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|CHỦ NHIỆM|BÍ THƯ|TỔNG BIÊN TẬP|CHÁNH ÁN|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|THỦ TRƯỞNG|THỦ TƯỚNG|TỔNG THƯ KÝ|NGƯỜI KÝ|CHỦ TỌA|CHỦ TOẠ|THƯ KÝ|NGƯỜI GHI BIÊN BẢN)\b[\p{Lu}\s]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex SignerTitlePattern();
}
