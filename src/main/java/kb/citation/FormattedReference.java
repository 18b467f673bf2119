package kb.citation;

/**
 * One reference as the site's citation style writes it, with the site's own links: {@code text} is plain text
 * (for structured data), {@code html} an HTML fragment whose every character of the reference is escaped, with
 * the DOI (or web address), PubMed and PubMed Central links the site adds to every reference.
 */
public record FormattedReference(String text, String html) {
}
