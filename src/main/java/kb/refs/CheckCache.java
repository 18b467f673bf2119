package kb.refs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import kb.citation.Reference;
import kb.report.FileFailure;

/**
 * The answers {@code kb refs verify} got, kept in {@code content/bibliography-checks.json} and committed with the
 * content, so later runs (and CI, with {@code --offline}) compare entries without asking again. {@code answers}
 * holds each service's answer by identifier ({@code doi:10.…}, {@code pmid:…}); {@code checked} each entry's
 * fingerprint when it was last compared, so an entry edited since then is asked about again, or, offline, flagged.
 * The file is read by the tool only: the build neither publishes it nor takes it for a page.
 */
final class CheckCache {

    /** The file's name in the content folder. */
    static final String FILE_NAME = kb.citation.Bibliography.CHECKS_FILE_NAME;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The file's content. */
    record Content(String about, Map<String, Work> answers, Map<String, String> checked) {
        Content {
            answers = answers == null ? new TreeMap<>() : new TreeMap<>(answers);
            checked = checked == null ? new TreeMap<>() : new TreeMap<>(checked);
        }
    }

    private final Path path;
    private final Content content;
    private boolean changed;

    private CheckCache(Path path, Content content) {
        this.path = path;
        this.content = content;
    }

    /** Reads the cache beside the bibliography; a missing file is an empty cache. */
    static CheckCache read(Path contentFolder, String shown) throws RefsException {
        Path path = contentFolder.resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new CheckCache(path, new Content(null, null, null));
        } catch (IOException e) {
            throw new FileFailure("read", path, e);
        }
        try {
            Content content = JSON.readValue(text, Content.class);
            return new CheckCache(path, content == null ? new Content(null, null, null) : content);
        } catch (JsonProcessingException caught) {
            // Jackson's data binding wraps a syntax error; the parser's own exception has its wording and place.
            JsonProcessingException e = caught;
            for (Throwable t = caught; t != null; t = t.getCause()) {
                if (t instanceof JsonParseException parse) {
                    e = parse;
                }
            }
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            String reason = e instanceof JsonParseException
                    ? "it is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                            .replaceAll("\\s*\\(code \\d+\\)", "")
                    : "it is not in the form the tool writes";
            throw new RefsException(shown + where + ": the saved answers of kb refs verify cannot be read (" + reason
                    + "); the tool writes this file itself: delete it and run kb refs verify again online");
        }
    }

    Work answer(String id) {
        return content.answers().get(id);
    }

    void answer(String id, Work work) {
        changed |= !work.equals(content.answers().put(id, work));
    }

    /** Whether the entry was compared as it is now. */
    boolean checkedAsIs(Reference reference) {
        return fingerprint(reference).equals(content.checked().get(reference.key()));
    }

    boolean everChecked(Reference reference) {
        return content.checked().containsKey(reference.key());
    }

    void markChecked(Reference reference) {
        changed |= !fingerprint(reference).equals(content.checked().put(reference.key(), fingerprint(reference)));
    }

    /** Writes the cache (a new file moved into place) when it has changed. */
    void save() {
        if (!changed) {
            return;
        }
        changed = false;
        try {
            Content written = new Content("The answers of Crossref and PubMed for kb refs verify. Written by the tool;"
                    + " commit it with the content.", content.answers(), content.checked());
            BibliographyFile.write(path, JSON.writeValueAsString(written) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // records of text always serialise
        }
    }

    /** What the comparison reads of an entry: a change to any of it calls for a new check. */
    static String fingerprint(Reference r) {
        String text = String.join("\u001f", String.valueOf(r.title()), r.authors().isEmpty() ? "" : r.authors().get(0),
                String.valueOf(r.year()), String.valueOf(r.journal()), String.valueOf(r.volume()),
                String.valueOf(r.pages()), String.valueOf(r.articleNumber()), String.valueOf(r.doi()),
                String.valueOf(r.pmid()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
