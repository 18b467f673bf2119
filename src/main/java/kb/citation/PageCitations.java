package kb.citation;

import java.util.List;

/**
 * What a page cites, for the checks and the site-wide reference list: the references it cites in number order
 * (with the id of each in the page's list), and the citations that could not be resolved (unknown keys, malformed
 * citations), with the file they were written in (the page's, or an included snippet's) and their 1-based positions
 * there.
 */
public record PageCitations(List<Cited> cited, List<Unresolved> unknownKeys, List<Malformed> malformed) {

    /** A reference cited on the page: its key, its number there and the id of its entry in the page's list. */
    public record Cited(String key, int number, String anchor) {
    }

    /** A key the bibliography does not have: as written and where. */
    public record Unresolved(String written, String file, int line, int column) {
    }

    /** A citation not written as {@code [@key]}: as written, what is wrong with it, and where its {@code [} is. */
    public record Malformed(String written, String fault, String file, int line, int column) {
    }

    public PageCitations {
        cited = List.copyOf(cited);
        unknownKeys = List.copyOf(unknownKeys);
        malformed = List.copyOf(malformed);
    }
}
