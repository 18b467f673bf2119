package kb.content;

import java.util.List;

/**
 * A page's {@code ##} headings in order, as flexmark parsed them (so never inside code), with the 1-based line of
 * each in the source file: what the required-sections check reads.
 */
public record SectionHeadings(List<Heading> headings) {

    /** A heading's plain text (without Markdown markup) and its line in the file. */
    public record Heading(String text, int line) {
    }

    public SectionHeadings {
        headings = List.copyOf(headings);
    }
}
