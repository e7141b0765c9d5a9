using WordHelper.Core.Citations;

namespace WordHelper.Core.Registry;

public enum ResolutionKind
{
    /// <summary>One document of the registry is the one cited.</summary>
    Found,
    /// <summary>Several documents carry the number and the citation does not say which (no year, no telling summary).</summary>
    Ambiguous,
    /// <summary>A source lists the number as a real document but says nothing more of it.</summary>
    Listed,
    /// <summary>The registry does not know the document.</summary>
    Unknown,
}

/// <summary>What the registry says of one citation: the document it resolved to, or the candidates, or nothing.</summary>
public sealed record CitationResolution(Citation Citation, ResolutionKind Kind, LegalDocument? Document, IReadOnlyList<LegalDocument> Candidates)
{
    public static CitationResolution Unknown(Citation c) => new(c, ResolutionKind.Unknown, null, []);
}
