package kb.citation;

import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import kb.files.WholeFile;

/**
 * The references as the last build formatted them, kept in the site's {@code target/} folder so that a build
 * whose references and style have not changed starts no CSL processor (its first use costs about a second of CPU).
 * An entry is found by a digest of everything that goes into it: the style as written, the reference as a CSL item, the
 * fields the site adds (key, DOI, PubMed and PMC ids, address) and {@link #VERSION}. A file that cannot be read is
 * an empty cache: it is only ever a copy of what the build can make again.
 */
final class FormattedReferenceCache {

    /**
     * Raised when what the site does to a style or its output changes (BlankAuthorLabel's repair of the style, the
     * HTML that CslHtml adds), so old entries are not reused: entries are found by the style as written.
     */
    private static final String VERSION = "2";

    private final Path file;
    /** The digest of {@link #VERSION} and the style as written, taken once: every entry's digest starts from it. */
    private final byte[] styleDigest;
    private final Map<String, FormattedReference> entries = new HashMap<>();
    private final Map<String, FormattedReference> used = new TreeMap<>();

    private FormattedReferenceCache(Path file, CitationStyle style) {
        this.file = file;
        MessageDigest sha = sha256();
        sha.update(VERSION.getBytes(StandardCharsets.UTF_8));
        sha.update(style.source().getBytes(StandardCharsets.UTF_8));
        this.styleDigest = sha.digest();
    }

    /** The cache in {@code file} of references in {@code style}, empty when there is none or it cannot be read. */
    static FormattedReferenceCache read(Path file, CitationStyle style) {
        FormattedReferenceCache cache = new FormattedReferenceCache(file, style);
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return cache;
            }
            for (String name : properties.stringPropertyNames()) {
                if (name.endsWith(".text")) {
                    String digest = name.substring(0, name.length() - ".text".length());
                    String html = properties.getProperty(digest + ".html");
                    if (html != null) {
                        cache.entries.put(digest, new FormattedReference(properties.getProperty(name), html));
                    }
                }
            }
        }
        return cache;
    }

    /** The digest that finds {@code reference} in this cache's style. */
    String digest(Reference reference) {
        MessageDigest sha = sha256();
        sha.update(styleDigest);
        String item = String.valueOf(CslItems.item(reference).toJson(new MapJsonBuilderFactory().createJsonBuilder()));
        sha.update(item.getBytes(StandardCharsets.UTF_8));
        sha.update(String.join("\u0000", String.valueOf(reference.articleNumber()), String.valueOf(reference.doi()),
                String.valueOf(reference.pmid()), String.valueOf(reference.pmcid()),
                String.valueOf(reference.url())).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    /** The entry with this digest, or null; a found entry is kept when the cache is written. */
    FormattedReference get(String digest) {
        FormattedReference entry = entries.get(digest);
        if (entry != null) {
            used.put(digest, entry);
        }
        return entry;
    }

    /** Adds an entry this build formatted. */
    void put(String digest, FormattedReference entry) {
        used.put(digest, entry);
    }

    /**
     * Writes the entries this build used, and only those, when they differ from the file's: through a new file moved
     * into place, so that a build stopped half-way leaves the old cache or none. A cache that cannot be written is
     * left out; the next build formats the references again.
     */
    void write() {
        if (used.equals(entries)) {
            return;
        }
        Properties properties = new Properties();
        used.forEach((digest, entry) -> {
            properties.setProperty(digest + ".text", entry.text());
            properties.setProperty(digest + ".html", entry.html());
        });
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
            WholeFile.write(file, text.toString());
        } catch (IOException e) {
            // Only a copy of what the build can make again: nothing is lost but time, and no half-written file stays.
        }
    }
}
