package kb.citation;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * One cited key inside a {@link Citation}, with its optional locator ({@code p. 4}). The numbering post-processor
 * fills in the reference, its number on the page and which citation of that reference this is (1 for the first
 * place it is cited), the way flexmark's footnotes give each reference an ordinal.
 */
public final class CitationItem {

    private final BasedSequence chars;
    private final String key;
    private final String locator;
    private Reference reference;
    private int number;
    private int occurrence;

    /**
     * @param chars   the {@code @key} as written, for its position in the source
     * @param locator the text after the comma, or null
     */
    public CitationItem(BasedSequence chars, String key, String locator) {
        this.chars = chars;
        this.key = key;
        this.locator = locator;
    }

    public BasedSequence getChars() {
        return chars;
    }

    public String getKey() {
        return key;
    }

    public String getLocator() {
        return locator;
    }

    /** The bibliography entry, or null when the key is unknown. */
    public Reference getReference() {
        return reference;
    }

    public boolean isResolved() {
        return reference != null;
    }

    /** The reference's number on this page (1 = first cited), 0 when unresolved. */
    public int getNumber() {
        return number;
    }

    /** Which citation of this reference on the page this is, from 1; the back-link target. */
    public int getOccurrence() {
        return occurrence;
    }

    void resolve(Reference reference, int number, int occurrence) {
        this.reference = reference;
        this.number = number;
        this.occurrence = occurrence;
    }

    @Override
    public String toString() {
        return "@" + key + (locator == null ? "" : ", " + locator) + (number > 0 ? " #" + number + "." + occurrence : "");
    }
}
