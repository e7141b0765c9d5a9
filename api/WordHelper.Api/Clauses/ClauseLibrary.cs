using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Storage;
using WordHelper.Core.Clauses;
using WordHelper.Core.Text;

namespace WordHelper.Api.Clauses;

/// <summary>The shared clause library: search, versions that never overwrite, and the standard sections of each type.</summary>
public sealed class ClauseLibrary(WordHelperDb db, ClauseSearchIndex index, TimeProvider clock)
{
    public const int SearchLimit = 20;

    /// <summary>
    /// Clauses whose title, section, tags or body hold every word of the query, diacritics optional, or whose title's
    /// initials are the query ("TCTH"); best first: title, then tags, then body; standard sections before the rest.
    /// </summary>
    public async Task<IReadOnlyList<Clause>> SearchAsync(string? query, string? docType, CancellationToken cancel)
    {
        var clauses = db.Clauses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(docType)) clauses = clauses.Where(c => c.DocType == docType.Trim().ToUpperInvariant());
        var words = VietnameseText.Key(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return await clauses.OrderByDescending(c => c.IsStandard).ThenBy(c => c.DocType).ThenBy(c => c.Order).ThenBy(c => c.Title).Take(SearchLimit).ToListAsync(cancel);

        var found = await index.FindAsync(words, docType, SearchLimit, cancel);
        var rank = found.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return found
            .OrderByDescending(c => Score(c, words))
            .ThenBy(c => rank[c.Id])
            .ThenByDescending(c => c.IsStandard)
            .ToList();
    }

    static int Score(Clause c, string[] words)
    {
        if (words.Length == 0) return 0;
        var title = " " + VietnameseText.Key(c.Title + " " + c.Section) + " " + Initials(c.Title) + " ";
        var tags = " " + VietnameseText.Key(c.Tags) + " ";
        return words.Sum(w => title.Contains(" " + w + " ", StringComparison.Ordinal) ? 4 : title.Contains(w, StringComparison.Ordinal) ? 3
            : tags.Contains(w, StringComparison.Ordinal) ? 2 : 1);
    }

    public Task<Clause?> FindAsync(string id, CancellationToken cancel) => db.Clauses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancel);

    public async Task<Clause> CreateAsync(ClauseInput input, CancellationToken cancel)
    {
        var clause = new Clause
        {
            Id = Guid.NewGuid().ToString("N"),
            Title = VietnameseText.Normalize(input.Title).Trim(),
            DocType = input.DocType.Trim().ToUpperInvariant(),
            Section = VietnameseText.Normalize(input.Section ?? input.Title).Trim(),
            Body = VietnameseText.Normalize(input.Body),
            Tags = string.Join(";", input.Tags ?? []),
            Scope = input.Scope ?? "chung",
            Version = 1,
            UpdatedAt = clock.GetUtcNow(),
            SearchText = "",
        };
        clause.SearchText = SearchText(clause);
        db.Clauses.Add(clause);
        db.ClauseVersions.Add(Snapshot(clause));
        await db.SaveChangesAsync(cancel);
        await index.UpdateAsync([clause], cancel);
        return clause;
    }

    /// <summary>Saves a new version if the caller saw <paramref name="expectedVersion"/>; null when someone saved in between.</summary>
    public async Task<Clause?> UpdateAsync(string id, int expectedVersion, ClauseInput input, CancellationToken cancel)
    {
        var clause = await db.Clauses.FirstOrDefaultAsync(c => c.Id == id, cancel);
        if (clause is null || clause.Version != expectedVersion) return null;
        clause.Title = VietnameseText.Normalize(input.Title).Trim();
        clause.DocType = input.DocType.Trim().ToUpperInvariant();
        clause.Section = VietnameseText.Normalize(input.Section ?? clause.Section).Trim();
        clause.Body = VietnameseText.Normalize(input.Body);
        clause.Tags = input.Tags is null ? clause.Tags : string.Join(";", input.Tags);
        clause.Scope = input.Scope ?? clause.Scope;
        clause.Version = expectedVersion + 1;
        clause.UpdatedAt = clock.GetUtcNow();
        clause.SearchText = SearchText(clause);
        db.ClauseVersions.Add(Snapshot(clause));
        try
        {
            // The version is a concurrency token, and (clause, version) is unique in the history: of two saves that
            // saw the same version, exactly one lands.
            await db.SaveChangesAsync(cancel);
            await index.UpdateAsync([clause], cancel);
            return clause;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    public async Task<IReadOnlyList<ClauseVersion>> HistoryAsync(string id, CancellationToken cancel) =>
        await db.ClauseVersions.AsNoTracking().Where(v => v.ClauseId == id).OrderByDescending(v => v.Version).ToListAsync(cancel);

    /// <summary>The standard sections of the Core, added once to an empty library with stable ids ("kh-4").</summary>
    public async Task SeedStandardSectionsAsync(CancellationToken cancel = default)
    {
        if (await db.Clauses.AnyAsync(c => c.IsStandard, cancel)) return;
        var added = new List<Clause>();
        foreach (var s in StandardSections.Default)
        {
            var clause = new Clause
            {
                Id = $"{s.DocType.ToLowerInvariant()}-{s.Order}",
                Title = s.Title, DocType = s.DocType, Section = s.Title, Body = s.Body, Tags = string.Join(";", s.Tags),
                IsStandard = true, Order = s.Order, Version = 1, UpdatedAt = clock.GetUtcNow(), SearchText = "",
            };
            clause.SearchText = SearchText(clause);
            db.Clauses.Add(clause);
            db.ClauseVersions.Add(Snapshot(clause));
            added.Add(clause);
        }
        await db.SaveChangesAsync(cancel);
        await index.UpdateAsync(added, cancel);
    }

    static ClauseVersion Snapshot(Clause c) => new()
    {
        Id = Guid.NewGuid().ToString("N"), ClauseId = c.Id, Version = c.Version, Title = c.Title, Body = c.Body, Tags = c.Tags, SavedAt = c.UpdatedAt,
    };

    /// <summary>What names a clause, folded: title, section, tags and their initials.</summary>
    public static string NameText(Clause c) =>
        $"{VietnameseText.Key(c.Title)} {VietnameseText.Key(c.Section)} {VietnameseText.Key(c.Tags)} {Initials(c.Title)} {Initials(c.Section)}";

    static string SearchText(Clause c) =>
        $"{VietnameseText.Key(c.Title)} {VietnameseText.Key(c.Section)} {VietnameseText.Key(c.Tags)} {Initials(c.Title)} {Initials(c.Section)} {VietnameseText.Key(c.Body)}";

    /// <summary>"Tổ chức thực hiện" → "tcth".</summary>
    static string Initials(string title) =>
        string.Concat(VietnameseText.Key(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));
}
