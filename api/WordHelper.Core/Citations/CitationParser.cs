using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Citations;

/// <summary>
/// Finds every reference to another document in the draft's text: "&lt;Tên loại&gt; số &lt;số/ký hiệu&gt; ngày &lt;ngày&gt;
/// của &lt;cơ quan&gt; về &lt;trích yếu&gt;", laws cited by name and date, and bare symbols such as "1791/QĐ-TTg".
/// The grammar is permissive on purpose: a malformed number is still captured, so that a rule can say what is wrong.
/// </summary>
public static partial class CitationParser
{
    static readonly Lazy<Grammar> DefaultGrammar = new(() => new Grammar(RulePackData.Default));

    public static IReadOnlyList<Citation> Parse(DraftDocument document, RulePackData pack)
    {
        var grammar = pack == RulePackData.Default ? DefaultGrammar.Value : new Grammar(pack);
        var result = new List<Citation>();
        // Real reports put many of their citations in footnotes: the notes are read like the body.
        foreach (var p in document.Paragraphs.Concat(document.NoteParagraphs))
            if (p.Text.Length > 4) result.AddRange(grammar.Parse(p.Text, p.Index));
        return result;
    }

    /// <summary>The citations of one piece of text, as if it were paragraph <paramref name="paragraph"/>.</summary>
    public static IReadOnlyList<Citation> ParseText(string text, int paragraph = 0, RulePackData? pack = null)
    {
        pack ??= RulePackData.Default;
        var grammar = pack == RulePackData.Default ? DefaultGrammar.Value : new Grammar(pack);
        return grammar.Parse(Text.VietnameseText.Normalize(text), paragraph);
    }

    sealed partial class Grammar
    {
        // Groups of a symbol start with a capital: "QĐ", "TTg", "SLĐTBXH", "BTXH&GN", "KH&ĐT", "VP.ĐKT".
        const string Group = @"\p{Lu}[\p{L}\d&.]*(?<!\.)";
        const string Date = @"(?<date>(?<d>\d{1,2})\s?(?<sep>[/.\-])\s?(?<m>\d{1,2})\s?\k<sep>\s?(?<y>\d{4})(?!\d)|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4}))";
        // Groups of a symbol are joined by "-", spaces tolerated; mistyped joins are captured too, to be reported: a "/"
        // where a "-" belongs ("25/KH/SYT", "18/NQ/TW") and doubled or stray marks ("05/KH--UBND", "05/KH.-UBND").
        // An ellipsis ("12/QĐ-UBND...Theo") joins nothing: a doubled mark holds a "-" or a "/".
        const string Join = @"(?:(?=[.]?[\-/])[\-/.]{2,3}(?=\p{Lu})|\s{0,2}-\s{0,2}|/(?=\p{Lu}))";
        // A state symbol: serial (blank in a draft) / optional year / groups joined by "-" (spaces tolerated, to be reported).
        // A serial may carry a part after a dot: the Government numbers a series of resolutions "66.1/2025/NQ-CP", "66.7/…".
        // A year typed against the symbol ("18/2020QĐ-UBND", "18/20202QĐ-UBND") is captured, to be reported.
        const string StateNumber =
            @"(?<serial>\d{1,5}(?:\.\d{1,2}(?=\s{0,3}/))?)?\s{0,3}/{1,2}\s{0,2}(?:(?<year>\d{4})\s{0,2}/\s{0,2}|\d{4,5}(?=\p{Lu}))?(?<sym>" + Group + @"(?:" + Join + Group + @")*" +
            // A stray space inside the symbol: "SLĐT BXH-BTXH&GN" goes on with a capital group that is itself followed by "-".
            @"(?:\s(?=\p{Lu}[\p{Lu}\d&]*-)" + Group + @"(?:" + Join + Group + @")*)?)";
        // A Party symbol: "05-CT/TW", "126-KL/TW", "36-HD/VPTW", "456-KH/TWĐTN-BTG"; spaces tolerated, to be reported ("07 - KH/ĐTN").
        const string PartyNumber = @"(?<party>\d{1,5}\s{0,2}-\s{0,2}\p{Lu}[\p{L}]*\s{0,2}/\s{0,2}\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)*)";
        // "Quyết định số 12/" with the symbol left out.
        const string NoSymbol = @"(?<serial>\d{1,5})\s{0,2}/(?<nosym>)(?=\s|[,;.]|$)";
        // Words that, after an issuer's name, carry the sentence on: "của UBND tỉnh ủy quyền cho …", "của Bộ Nội vụ và kết quả …".
        const string IssuerEnd =
            @"\s+(?:về|v/v|V/v|quy\s+định|ban\s+hành|hướng\s+dẫn|phê\s+duyệt|thành\s+lập|triển\s+khai|sửa\s+đổi|tổ\s+chức|công\s+bố|giao|đề\s+nghị|chỉ\s+đạo" +
            @"|ủy\s+quyền|uỷ\s+quyền|và(?=\s+\p{Ll})|trong|đã|đang|tại|theo|nhằm|để|thì|là|với|đến|cho|được|trên|qua)(?![\p{L}])";
        // A comma before one of these opens a new clause, so a summary ends there: "về tuyên truyền CCHC năm 2025, các cơ quan đã …".
        const string ClauseAfterComma =
            @",\s+(?:các|trong\s+đó|theo\s+đó|đồng\s+thời|qua\s+đó|nhằm|để|đã|đang|sẽ|đề\s+nghị|yêu\s+cầu|giao|thì|do\s+đó|vì\s+vậy|tuy\s+nhiên|đến\s+nay|trên\s+cơ\s+sở|kết\s+quả)(?![\p{L}])";

        // The tail ends at a ";", at the end of a sentence or of a clause, or at the end of the window it is matched in:
        // the window stops where the next citation joins on (see Parse).
        const string Tail =
            @"(?:\s*,?\s+(?:ban\s+hành\s+)?ngày\s+" + Date + @")?" +
            @"(?:\s*,?\s+của\s+(?<issuer>[^,;.()“”""]{2,120}?)(?=" + IssuerEnd + @"|\s*[,;.():]|\s*$))?" +
            @"(?:\s*,?\s+(?:về\s+việc|về|V/v|v/v)\s+(?<summary>[^;]{3,300}?)(?=\s*;|\.(?:\s|$)|$|\s*" + ClauseAfterComma + "))?";

        readonly Regex _typeName;
        readonly Regex _joinsOn;
        readonly Regex _typed;
        readonly Regex _listItem;
        readonly Regex _bareStart;
        readonly Regex _bare;
        readonly Regex _law;
        readonly Dictionary<string, DocTypeEntry> _byAbbr;

        public Grammar(RulePackData pack)
        {
            // Type names open with a capital, or a small letter in running text ("tại công văn số …"); laws keep their capital,
            // so that "pháp luật số …" is not read as a law.
            var names = pack.DocTypes.SelectMany(t => new[] { t.Name }.Concat(t.Aliases ?? []))
                .Where(n => n.Length > 0)
                .SelectMany(n => AlwaysNormative(n) && n != "Nghị định" && n != "Thông tư" ? [n] : new[] { n, char.ToLower(n[0], Text.VietnameseText.Vi) + n[1..] })
                .Distinct().OrderByDescending(n => n.Length).Select(Regex.Escape);
            var types = "(?<type>" + string.Join("|", names) + ")";
            const RegexOptions options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
            // Where a typed citation may begin; the others are matched from there, in a window (\G is its start).
            _typeName = new Regex(@"(?<![\p{L}\d])" + types, options);
            // A type name that opens a real citation, so that the one before ends here: "… và Kế hoạch số 854/KH-UBND …".
            // The type may carry a word or two ("Kế hoạch hành động số 2200/KH-UBND") and the number is a real one ("số 12/…", "05-CT/…").
            _joinsOn = new Regex(@"\G(?:\s+\p{Ll}\p{L}*){0,2}\s+(?:số\s*)?\d{1,5}\s*[/\-]", options);
            _typed = new Regex(@"\G" + types + @"(?:\s+(?:số|Số)){0,2}\s*:?\s*(?:" + PartyNumber + "|" + StateNumber + "|" + NoSymbol + ")" + Tail, options);
            // The next numbers of a list under one type name: "các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND".
            _listItem = new Regex(@"\G(?:\s*,\s*|\s+và\s+)(?<cite>(?:số\s+)?" + StateNumber.Replace(@"(?<serial>\d{1,5})?", @"(?<serial>\d{1,5})") + Tail + ")", options);
            const string bareNumber = @"(?<serial>\d{1,5})/(?:(?<year>\d{4})/)?(?<sym>(?<abbr>\p{Lu}[\p{L}]*)-" + Group + @"(?:-" + Group + @")*)";
            _bareStart = new Regex(@"(?<![\p{L}\d/.\-])" + bareNumber, options);
            _bare = new Regex(@"\G" + bareNumber + Tail, options);
            const string lawDate = @"(?:\s*,?\s+ngày\s+" + Date + @"|\s+năm\s+(?<lawyear>\d{4}))";
            // A law's name never runs through the words of a deadline: "… Luật Bầu cử … chậm nhất là ngày 22/02/2026" is not its date.
            _law = new Regex(@"(?<![\p{L}\d])(?<type>Bộ luật|Luật|Pháp lệnh)\s+(?<name>\p{Lu}(?:(?!\s(?:là|chậm|trước|kể|từ|đến)\s)[\p{L}\s,\-–]){2,120}?)" +
                @"(?:\s+(?:số\s+){0,2}(?<serial>\d{1,4})/(?<year>\d{4})/(?<sym>" + Group + @")" + lawDate + "?|" + lawDate + ")",
                options);
            // Conclusions ("Kết luận kiểm tra số 275/KL-ĐKT") are cited bare too; their type comes after the others of the same abbreviation.
            _byAbbr = pack.DocTypes.Where(t => t.Abbr is not null && t.Category is "administrative" or "normative" or "reference")
                .GroupBy(t => t.Abbr!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }

        public IReadOnlyList<Citation> Parse(string text, int paragraph)
        {
            var found = new List<Citation>();
            var taken = new List<(int Start, int End)>();
            bool Free(Group m) => !taken.Any(t => m.Index < t.End && m.Index + m.Length > t.Start);
            void Take(Citation c) { found.Add(c); taken.Add((c.Start, c.Start + c.Length)); }

            // Every number cites with a "/", every law by name: most paragraphs have neither and cost nothing.
            if (HasSymbol(text))
            {
                var typeNames = _typeName.Matches(text);
                var joins = JoinPoints(text, typeNames);
                // A citation is matched in a window that ends where the next one joins on: its summary cannot run into it.
                Match InWindow(Regex regex, int start)
                {
                    var end = joins.Find(j => j > start);
                    return regex.Match(text, start, (end > start ? end : text.Length) - start);
                }

                var after = 0;
                foreach (Match name in typeNames)
                {
                    if (name.Index < after) continue;
                    var m = InWindow(_typed, name.Index);
                    if (!m.Success) continue;
                    var first = FromTyped(m, paragraph);
                    Take(first);
                    after = m.Index + m.Length;
                    if (first.IsParty) continue;
                    for (var item = InWindow(_listItem, after); item.Success; item = InWindow(_listItem, after))
                    {
                        if (Free(item.Groups["cite"])) Take(WithNumber(Base(item, paragraph) with { TypeName = first.TypeName }, item, first.TypeName));
                        after = item.Index + item.Length;
                    }
                }
                for (var start = _bareStart.Match(text); start.Success; start = _bareStart.Match(text, start.Index + start.Length))
                {
                    var m = InWindow(_bare, start.Index);
                    if (Free(m) && _byAbbr.ContainsKey(m.Groups["abbr"].Value)) Take(FromBare(m, paragraph));
                }
            }
            if (text.Contains("Luật", StringComparison.Ordinal) || text.Contains("luật", StringComparison.Ordinal) || text.Contains("Pháp lệnh", StringComparison.Ordinal))
                foreach (Match m in _law.Matches(text)) if (Free(m)) Take(FromLaw(m, paragraph));
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            return found;
        }

        /// <summary>
        /// Where each citation after the first joins on, ascending: before the comma, the bracket and the "và", "cùng",
        /// "các" that lead to its type name ("…, và các Quyết định số 12/…").
        /// </summary>
        List<int> JoinPoints(string text, MatchCollection typeNames)
        {
            var points = new List<int>();
            foreach (Match name in typeNames)
            {
                if (!_joinsOn.Match(text, name.Index + name.Length).Success) continue;
                var i = BeforeWord(text, name.Index, "các");
                var j = BeforeWord(text, i, "và");
                i = j < i ? j : BeforeWord(text, i, "cùng");
                if (i > 0 && text[i - 1] == '(') i--;
                i = BeforeSpaces(text, i);
                if (i > 0 && text[i - 1] is ',' or ';') i--;
                points.Add(BeforeSpaces(text, i));
            }
            return points;
        }

        static int BeforeSpaces(string text, int at)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
            return at;
        }

        /// <summary>The start of <paramref name="word"/> when it stands, as a word, before the spaces that end at <paramref name="at"/>; else <paramref name="at"/>.</summary>
        static int BeforeWord(string text, int at, string word)
        {
            var end = BeforeSpaces(text, at);
            var start = end - word.Length;
            if (end == at || start < 0 || string.CompareOrdinal(text, start, word, 0, word.Length) != 0) return at;
            return start > 0 && char.IsLetterOrDigit(text[start - 1]) ? at : start;
        }

        Citation FromTyped(Match m, int paragraph)
        {
            var type = Capitalize(m.Groups["type"].Value);
            if (m.Groups["party"].Success)
            {
                var party = m.Groups["party"].Value;
                return Base(m, paragraph) with { TypeName = type, Number = party, NumberClean = Regex.Replace(party, @"\s+", ""), IsParty = true };
            }
            return WithNumber(Base(m, paragraph) with { TypeName = type }, m, type);
        }

        Citation FromBare(Match m, int paragraph)
        {
            var type = _byAbbr[m.Groups["abbr"].Value];
            return WithNumber(Base(m, paragraph) with { TypeName = null, ImpliedType = type.Name }, m, null);
        }

        Citation FromLaw(Match m, int paragraph)
        {
            var c = Base(m, paragraph) with
            {
                TypeName = m.Groups["type"].Value,
                Name = (m.Groups["type"].Value + " " + m.Groups["name"].Value.Trim()).Trim(),
                IsNormative = true,
            };
            if (m.Groups["sym"].Success) c = WithNumber(c, m, c.TypeName);
            if (m.Groups["lawyear"].Success) c = c with { Date = new DraftDate(int.Parse(m.Groups["lawyear"].Value)), DateText = "năm " + m.Groups["lawyear"].Value };
            return c;
        }

        static Citation Base(Match m, int paragraph)
        {
            // A list item's own text leaves out the comma or "và" that joins it to the one before.
            Group span = m.Groups["cite"] is { Success: true } cite ? cite : m;
            var text = span.Value.TrimEnd();
            return new Citation
            {
                Paragraph = paragraph,
                Start = span.Index,
                Length = text.Length,
                Text = text,
                Date = m.Groups["date"].Success ? ParseDate(m) : null,
                DateText = m.Groups["date"].Success ? m.Groups["date"].Value : null,
                Issuer = m.Groups["issuer"].Success ? m.Groups["issuer"].Value.Trim() : null,
                Summary = m.Groups["summary"].Success ? m.Groups["summary"].Value.Trim() : null,
            };
        }

        Citation WithNumber(Citation c, Match m, string? typeName)
        {
            var serial = m.Groups["serial"].Success ? m.Groups["serial"].Value : "";
            var year = m.Groups["year"].Success ? m.Groups["year"].Value : null;
            var symbol = m.Groups["sym"].Value;
            var rawEnd = m.Groups["sym"].Index + m.Groups["sym"].Length;
            var raw = m.Groups["nosym"].Success ? serial + "/"
                : m.Groups["serial"].Success ? SourceText(m, m.Groups["serial"].Index, rawEnd)
                : "/" + (year is null ? "" : year + "/") + symbol;
            var clean = Regex.Replace(raw, @"\s+", "");
            var parts = SymbolGroups(symbol);
            var normativeType = typeName is not null && AlwaysNormative(typeName);
            return c with
            {
                Number = raw,
                NumberClean = clean,
                Serial = int.TryParse(serial.Split('.')[0], out var s) ? s : null,
                SerialPart = serial.Split('.') is [_, var part] && int.TryParse(part, out var p) ? p : null,
                NumberYear = year is null ? null : int.Parse(year),
                SymbolParts = parts,
                // "/QH15" is the Quốc hội's (a law or a resolution); "QHXD" (quy hoạch xây dựng) is only a unit's initials.
                IsNormative = year is not null || normativeType || parts.LastOrDefault() is { } last && QuocHoiSession().IsMatch(last),
            };
        }

        /// <summary>
        /// A "/" that opens a symbol ("/QĐ-TTg", "/2020/NĐ-CP", "số 12/"), as opposed to the slashes of a date
        /// ("15/3/2023"): a cheap look before the regular expressions.
        /// </summary>
        static bool HasSymbol(string text)
        {
            for (var i = text.IndexOf('/'); i >= 0; i = text.IndexOf('/', i + 1))
            {
                var j = i + 1;
                while (j < text.Length && text[j] == ' ') j++;
                if (j >= text.Length || char.IsLetter(text[j]) || text[j] is ',' or ';' or '.') return true;
                var digits = j;
                while (j < text.Length && char.IsDigit(text[j])) j++;
                if (j - digits == 4 && j < text.Length && text[j] is '/' or ' ' && !EndsDate(text, i)) return true;
                if (j - digits is 4 or 5 && j < text.Length && char.IsUpper(text[j])) return true; // a year typed against the symbol
            }
            return false;
        }

        /// <summary>True when the "/" at <paramref name="slash"/> is the second of a date: "15/3/2023", "15 / 03 /2023".</summary>
        static bool EndsDate(string text, int slash)
        {
            var i = slash - 1;
            while (i >= 0 && text[i] == ' ') i--;
            var monthEnd = i;
            while (i >= 0 && char.IsAsciiDigit(text[i])) i--;
            if (monthEnd - i is < 1 or > 2) return false;
            while (i >= 0 && text[i] == ' ') i--;
            return i > 0 && text[i] == '/' && char.IsAsciiDigit(text[i - 1]);
        }

        /// <summary>The groups of a symbol, whatever joins them: "KH-UBND", "KH/SYT", "KH.-UBND" and "NQ/TW" are two each.</summary>
        static IReadOnlyList<string> SymbolGroups(string symbol) =>
            Regex.Split(Regex.Replace(symbol, @"\s+", ""), @"\.*[\-/][\-/.]*").Where(g => g.Length > 0).ToArray();

        static string SourceText(Match m, int start, int end) => m.Value.Substring(start - m.Index, end - start);

        [GeneratedRegex(@"^QH\d*$", RegexOptions.CultureInvariant)]
        private static partial Regex QuocHoiSession();

        static bool AlwaysNormative(string type) =>
            type.ToLowerInvariant() is "nghị định" or "thông tư" or "thông tư liên tịch" or "luật" or "bộ luật" or "pháp lệnh" or "nghị quyết liên tịch";

        static DraftDate ParseDate(Match m) =>
            new(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));

        static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Text.VietnameseText.Vi) + s[1..];
    }
}
