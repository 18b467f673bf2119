package kb.refs;

import java.net.URI;
import java.time.Duration;

/**
 * How {@code kb refs verify} and {@code add} reach Crossref and PubMed: the editor's address that both services ask
 * for ({@code kb.refs.mailto} in jbake.properties), their base addresses (changed only to point tests at a stub),
 * how long to wait for an answer, and how long to wait before the first retry (doubled for each further one).
 */
public record ServiceSettings(String mailto, URI crossref, URI pubmed, Duration timeout, Duration retryWait) {

    public static final URI CROSSREF = URI.create("https://api.crossref.org");
    public static final URI PUBMED = URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils");

    /** Tries per request: the first and two retries. */
    static final int ATTEMPTS = 3;

    /** The product and version this tool names itself with, as both services ask. */
    static final String TOOL = "runners-massage-kb";
}
