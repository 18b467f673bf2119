package kb.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The CSL style a site's references are formatted in (citationstyles.org; citeproc-java formats them): one of
 * the standard styles of the {@code org.citationstyles:styles} jar, or a clinic's own {@code .csl} file. Chosen
 * once per build from the setting {@code kb.citation.style} ({@link CitationStyleSetting}); it holds the style's
 * XML and no formatting state, each batch of references gets its own processor ({@link FormattedReferences}).
 */
public final class CitationStyle {

    /** The setting in {@code jbake.properties} that names the style. */
    public static final String SETTING = "kb.citation.style";
    /** The style when the setting is not given. */
    public static final String DEFAULT = "vancouver";
    /**
     * The standard style {@code vancouver} stands for: NLM's Citing Medicine, the style the ICMJE (once the Vancouver
     * group) recommends. The CSL repository renamed its {@code vancouver.csl} so in 2026, and Zotero maps the old
     * name to it.
     */
    public static final String VANCOUVER_STYLE = "nlm-citation-sequence";

    private final String name;
    private final String source;
    /** The XML the processor reads, made on first use: a build whose references are all cached needs none. */
    private String xml;

    CitationStyle(String name, String source) {
        this.name = name;
        this.source = source;
    }

    /** The default style, {@code vancouver}. */
    public static CitationStyle vancouver() {
        String xml = standardXml(VANCOUVER_STYLE);
        if (xml == null) {
            throw new IllegalStateException("the CSL styles jar is not on the class path");
        }
        return new CitationStyle(DEFAULT, xml);
    }

    /** The style as the setting names it: {@code vancouver}, {@code apa}, {@code styles/clinic.csl}. */
    public String name() {
        return name;
    }

    /** The style's XML as written (the standard style's, or the clinic's file). */
    String source() {
        return source;
    }

    /** The style's XML as the processor reads it: {@link #source()} with {@link BlankAuthorLabel}'s repair. */
    synchronized String xml() {
        if (xml == null) {
            xml = BlankAuthorLabel.removedFrom(source);
        }
        return xml;
    }

    /** A new processor of this style over {@code items}. */
    CSL processor(ItemDataProvider items) throws IOException {
        return new CSL(items, xml());
    }

    /** The XML of a standard style by its id ({@code apa}, {@code dependent/...}), or null when there is none. */
    static String standardXml(String id) {
        URL url = CitationStyle.class.getResource("/" + id + ".csl");
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a resource of a jar on the class path
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
