package kb.refs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kb.citation.Reference;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Rules;

/**
 * {@code kb refs import FILE}: the references of a BibTeX, RIS or CSL-JSON file added to the end of the
 * bibliography, each with a key in the site's style. A reference whose DOI or PMID is already there is not added
 * again, one without a required field is not added at all; both are reported at their place in the imported file.
 * A file that cannot be read as its format adds nothing.
 */
public final class ReferenceImport {

    /** The keys added, in order, and the problems (with the imported file's positions). */
    public record Outcome(List<String> added, List<Problem> problems) {
    }

    private ReferenceImport() {
    }

    /**
     * Imports {@code file} (named {@code shown} in messages) into the bibliography of {@code contentFolder} (named
     * {@code bibliographyName}).
     */
    public static Outcome run(Path file, String shown, Path contentFolder, String bibliographyName) throws RefsException {
        ImportFormat format = ImportFormat.of(file.getFileName().toString());
        if (format == null) {
            throw new RefsException(shown + ": kb refs import reads BibTeX (.bib), RIS (.ris) and CSL-JSON (.json)"
                    + " files; export your references in one of these formats");
        }
        String text = read(file, shown);
        BibliographyFile bibliography = BibliographyFile.open(contentFolder, bibliographyName);
        if (!bibliography.problems().isEmpty()) {
            return new Outcome(List.of(), bibliography.problems()); // fix the file before anything is added to it
        }
        List<ImportedItem> items;
        try {
            items = text == null ? null : format.read(text, shown);
        } catch (ImportException e) {
            return new Outcome(List.of(), List.of(e.problem()));
        }
        if (items == null) {
            return new Outcome(List.of(), List.of(Problem.error(Rules.REFS_IMPORT_SYNTAX, shown, 1, 1,
                    "the file is not saved as UTF-8", "export it again as UTF-8 (Zotero and BibTeX exports offer it)")));
        }
        Adding adding = new Adding(bibliography.bibliography().references());
        List<Problem> problems = new ArrayList<>();
        for (ImportedItem item : items) {
            adding.add(item, shown, problems);
        }
        bibliography.append(adding.entries);
        return new Outcome(adding.entries.stream().map(e -> (String) e.get("key")).toList(), problems);
    }

    /** The text of the file, or null when it is not UTF-8. */
    private static String read(Path file, String shown) throws RefsException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new RefsException(shown + " does not exist; give the path of the exported file");
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new RefsException("cannot read " + shown + ": " + FileFailure.reason(e));
        }
    }

    /** The entries to add, and what the bibliography (and the entries before) already hold. */
    static final class Adding {

        final List<Map<String, Object>> entries = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private final Map<String, String> byDoi = new HashMap<>();
        private final Map<String, String> byPmid = new HashMap<>();
        /** Entries without identifiers are known by first author, year and title. */
        private final Map<String, String> byWork = new HashMap<>();

        Adding(Iterable<Reference> existing) {
            for (Reference reference : existing) {
                keys.add(reference.key());
                byWork.put(work(reference.authors().isEmpty() ? "" : reference.authors().get(0), reference.year(),
                        reference.title()), reference.key());
                if (reference.doi() != null) {
                    byDoi.put(reference.doi().toLowerCase(Locale.ROOT), reference.key());
                }
                if (reference.pmid() != null) {
                    byPmid.put(reference.pmid(), reference.key());
                }
            }
        }

        /** Adds the item when it is complete and new; otherwise reports why not at its place. */
        void add(ImportedItem imported, String shown, List<Problem> problems) {
            add(imported, CslMapping.fields(imported.item()), shown, problems);
        }

        /** Adds {@code fields} when complete and new; {@code imported} gives the place and the id to keep. */
        void add(ImportedItem imported, Map<String, Object> fields, String shown, List<Problem> problems) {
            String label = label(imported, fields);
            String doi = (String) fields.get("doi");
            String pmid = (String) fields.get("pmid");
            String existing = doi != null ? byDoi.get(doi.toLowerCase(Locale.ROOT)) : null;
            String same = existing != null ? "DOI " + doi : null;
            if (existing == null && pmid != null && byPmid.containsKey(pmid)) {
                existing = byPmid.get(pmid);
                same = "PMID " + pmid;
            }
            String work = fields.get("authors") instanceof List<?> list && !list.isEmpty()
                    ? work(String.valueOf(list.get(0)), (String) fields.get("year"), (String) fields.get("title")) : null;
            if (existing == null && work != null && byWork.containsKey(work)) {
                existing = byWork.get(work);
                same = "first author, year and title";
            }
            if (existing != null) {
                problems.add(Problem.warning(Rules.REFS_ALREADY_THERE, shown, imported.line(), imported.column(),
                        label + " is already in the bibliography as " + existing + " (same " + same + "); not added again",
                        "cite it as [@" + existing + "]"));
                return;
            }
            List<String> missing = CslMapping.missing(fields);
            if (!missing.isEmpty()) {
                problems.add(Problem.error(Rules.REFS_IMPORT_REQUIRED, shown, imported.line(), imported.column(),
                        label + " has no " + String.join(", no ", missing) + "; it was not added",
                        "fill in the missing field in your reference manager and import it again, or add it by its DOI: kb refs add 10.…"));
                return;
            }
            add(fields, imported.item() == null ? null : imported.item().getId());
        }

        /** Adds complete fields under a new key; returns the key. */
        String add(Map<String, Object> fields, String id) {
            @SuppressWarnings("unchecked")
            List<String> authors = (List<String>) fields.get("authors");
            String key = CitationKeys.choose(id, authors.get(0),
                    (String) fields.get("year"), (String) fields.get("title"), keys);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", key);
            entry.putAll(fields);
            entries.add(entry);
            keys.add(key);
            byWork.put(work(authors.get(0), (String) fields.get("year"), (String) fields.get("title")), key);
            if (fields.get("doi") != null) {
                byDoi.put(((String) fields.get("doi")).toLowerCase(Locale.ROOT), key);
            }
            if (fields.get("pmid") != null) {
                byPmid.put((String) fields.get("pmid"), key);
            }
            return key;
        }

        private static String work(String firstAuthor, String year, String title) {
            return CitationKeys.ascii(CitationKeys.surname(firstAuthor)) + "|" + year + "|"
                    + CitationKeys.ascii(title == null ? "" : title);
        }

        /** "reference 3 (Crane 2012, "Massage therapy…")" for messages. */
        private static String label(ImportedItem imported, Map<String, Object> fields) {
            Object title = fields.get("title");
            String shortTitle = title == null ? "" : title.toString().length() > 50
                    ? title.toString().substring(0, 50) + "…" : title.toString();
            return "reference " + imported.number() + (shortTitle.isEmpty() ? "" : " (\"" + shortTitle + "\")");
        }
    }
}
