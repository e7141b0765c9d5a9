using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Storage;
using WordHelper.Core.Clauses;
using WordHelper.Core.Text;

namespace WordHelper.Api.Clauses;

/// <summary>
/// A tenant's clause library (the tenant of <see cref="WordHelperDb.Tenant"/>): search, versions that never overwrite,
/// and the standard sections of each type, which every tenant starts with.
/// </summary>
public sealed class ClauseLibrary(WordHelperDb db, ClauseSearchIndex index, TimeProvider clock, SeededTenants seeded)
{
    public const int SearchLimit = 20;

    /// <summary>
    /// Clauses whose title, section, tags or body hold every word of the query, diacritics optional, or whose title's
    /// initials are the query ("TCTH"); best first: title, then tags, then body; standard sections before the rest.
    /// </summary>
    public async Task<IReadOnlyList<Clause>> SearchAsync(string? query, string? docType, CancellationToken cancel)
    {
        await EnsureStandardSectionsAsync(cancel);
        var clauses = db.Clauses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(docType)) clauses = clauses.Where(c => c.DocType == docType.Trim().ToUpperInvariant());
        var words = VietnameseText.Key(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(FieldLimits.SearchWords).ToArray();
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

    public async Task<Clause?> FindAsync(string id, CancellationToken cancel)
    {
        if (!FieldLimits.IsId(id)) return null;
        await EnsureStandardSectionsAsync(cancel);
        return await db.Clauses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancel);
    }

    /// <summary>The standard sections of a document type, in order.</summary>
    public async Task<IReadOnlyList<Clause>> SectionsAsync(string docType, CancellationToken cancel)
    {
        await EnsureStandardSectionsAsync(cancel);
        return await db.Clauses.AsNoTracking().Where(c => c.IsStandard && c.DocType == docType).OrderBy(c => c.Order).ToListAsync(cancel);
    }

    /// <summary>A new clause, cleaned and checked (<see cref="ClauseInputRules"/>); the clause, its first version and its search row are saved together or not at all.</summary>
    public async Task<Clause> CreateAsync(ClauseInput input, CancellationToken cancel)
    {
        var valid = input.Validated();
        var clause = new Clause
        {
            Tenant = db.Tenant,
            Id = Guid.NewGuid().ToString("N"),
            Title = valid.Title,
            DocType = valid.DocType,
            Section = valid.Section ?? valid.Title,
            Body = valid.Body,
            Tags = string.Join(";", valid.Tags ?? []),
            Scope = valid.Scope ?? "chung",
            Version = 1,
            UpdatedAt = clock.GetUtcNow(),
            SearchText = "",
        };
        clause.SearchText = SearchText(clause);
        db.Clauses.Add(clause);
        db.ClauseVersions.Add(Snapshot(clause));
        await SaveWithIndexAsync([clause], cancel);
        return clause;
    }

    /// <summary>Saves a new version if the caller saw <paramref name="expectedVersion"/>; null when someone saved in between.</summary>
    public async Task<Clause?> UpdateAsync(string id, int expectedVersion, ClauseInput input, CancellationToken cancel)
    {
        var valid = input.Validated();
        var clause = await db.Clauses.FirstOrDefaultAsync(c => c.Id == id, cancel);
        if (clause is null || clause.Version != expectedVersion) return null;
        clause.Title = valid.Title;
        clause.DocType = valid.DocType;
        clause.Section = valid.Section ?? clause.Section;
        clause.Body = valid.Body;
        clause.Tags = valid.Tags is null ? clause.Tags : string.Join(";", valid.Tags);
        clause.Scope = valid.Scope ?? clause.Scope;
        clause.Version = expectedVersion + 1;
        clause.UpdatedAt = clock.GetUtcNow();
        clause.SearchText = SearchText(clause);
        db.ClauseVersions.Add(Snapshot(clause));
        try
        {
            // The version is a concurrency token, and (clause, version) is unique in the history: of two saves that
            // saw the same version, exactly one lands.
            await SaveWithIndexAsync([clause], cancel);
            return clause;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>
    /// The tracked changes and the search rows of <paramref name="clauses"/> in one transaction: a clause that exists
    /// can always be found, and a failure leaves nothing behind to retry over.
    /// </summary>
    async Task SaveWithIndexAsync(IReadOnlyList<Clause> clauses, CancellationToken cancel)
    {
        // A caller that saves many clauses at once holds them all in its own transaction.
        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(cancel) : null;
        try
        {
            await db.SaveChangesAsync(cancel);
            await index.UpdateAsync(clauses, cancel);
            if (transaction is not null) await transaction.CommitAsync(cancel);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public async Task<IReadOnlyList<ClauseVersion>> HistoryAsync(string id, CancellationToken cancel) =>
        await db.ClauseVersions.AsNoTracking().Where(v => v.ClauseId == id).OrderByDescending(v => v.Version).ToListAsync(cancel);

    /// <summary>The tenant's standard sections, seeded on the first request of the tenant this process serves.</summary>
    async Task EnsureStandardSectionsAsync(CancellationToken cancel)
    {
        if (seeded.Contains(db.Tenant)) return;
        await SeedStandardSectionsAsync(cancel);
        seeded.Add(db.Tenant);
    }

    /// <summary>The standard sections of the Core, added once to a tenant's empty library with stable ids ("kh-4").</summary>
    public async Task SeedStandardSectionsAsync(CancellationToken cancel = default)
    {
        if (await db.Clauses.AnyAsync(c => c.IsStandard, cancel)) return;
        var added = new List<Clause>();
        foreach (var s in StandardSections.Default)
        {
            var clause = new Clause
            {
                Tenant = db.Tenant,
                Id = $"{s.DocType.ToLowerInvariant()}-{s.Order}",
                Title = s.Title, DocType = s.DocType, Section = s.Title, Body = s.Body, Tags = string.Join(";", s.Tags),
                IsStandard = true, Order = s.Order, Version = 1, UpdatedAt = clock.GetUtcNow(), SearchText = "",
            };
            clause.SearchText = SearchText(clause);
            db.Clauses.Add(clause);
            db.ClauseVersions.Add(Snapshot(clause));
            added.Add(clause);
        }
        // Two first requests of a tenant at once: one seeds, the other finds the sections there.
        try { await SaveWithIndexAsync(added, cancel); }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e)) { }
    }

    static ClauseVersion Snapshot(Clause c) => new()
    {
        Id = Guid.NewGuid().ToString("N"), Tenant = c.Tenant, ClauseId = c.Id, Version = c.Version, Title = c.Title, Body = c.Body, Tags = c.Tags, SavedAt = c.UpdatedAt,
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
