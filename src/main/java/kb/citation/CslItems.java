package kb.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A bibliography entry as an item of the CSL data model (citeproc-java's {@link CSLItemData}): what the site's
 * citation style formats, and what {@code kb refs export} writes. The way back, from CSL items to entries, is
 * {@code kb.refs.CslMapping}.
 */
public final class CslItems {

    private static final Pattern SUFFIX = Pattern.compile("Jr\\.?|Sr\\.?|II|III|IV");
    /** Vancouver initials: "JD", "MÁ". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,4}");

    private CslItems() {
    }

    /** A bibliography entry as a CSL item, its key as the item's id. */
    public static CSLItemData item(Reference reference) {
        CSLItemDataBuilder builder = new CSLItemDataBuilder().id(reference.key())
                .type(reference.journal() != null ? CSLType.ARTICLE_JOURNAL : CSLType.BOOK)
                .author(reference.authors().stream().map(CslItems::name).toArray(CSLName[]::new))
                .title(reference.title()).containerTitle(reference.journal()).publisher(reference.publisher())
                .volume(reference.volume()).issue(reference.issue()).page(reference.pages())
                .number(reference.articleNumber()).DOI(reference.doi()).PMID(reference.pmid())
                .PMCID(reference.pmcid()).URL(reference.url()).note(note(reference));
        if (reference.year() != null && reference.year().matches("[0-9]{4}")) {
            builder.issued(Integer.parseInt(reference.year()));
        }
        return builder.build();
    }

    /** The evidence record as note lines, or null when the entry has none. */
    static String note(Reference reference) {
        List<String> lines = new ArrayList<>();
        if (reference.evidence() != null) {
            lines.add("evidence: " + reference.evidence().value());
        }
        if (reference.finding() != null) {
            lines.add("finding: " + reference.finding().replaceAll("\\s+", " "));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /**
     * "Crane JD", "von Mohr M", "Koc TA Jr" as a CSL name; a name without initials is kept whole (a group). The
     * initials are given as CSL expects them, one per letter with a full stop ("J. D."): written "JD", a CSL
     * processor reads one given name and abbreviates it to "J".
     */
    public static CSLName name(String author) {
        String[] parts = author.strip().split("\\s+");
        int end = parts.length;
        String suffix = null;
        if (end >= 3 && SUFFIX.matcher(parts[end - 1]).matches() && INITIALS.matcher(parts[end - 2]).matches()) {
            suffix = parts[--end];
        }
        if (end >= 2 && INITIALS.matcher(parts[end - 1]).matches()) {
            return new CSLNameBuilder().family(String.join(" ", List.of(parts).subList(0, end - 1)))
                    .given(dotted(parts[end - 1])).suffix(suffix).build();
        }
        return new CSLNameBuilder().literal(author.strip()).build();
    }

    /** "JD" → "J. D.". */
    private static String dotted(String initials) {
        StringBuilder out = new StringBuilder();
        initials.codePoints().forEach(c -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.appendCodePoint(c).append('.');
        });
        return out.toString();
    }
}
