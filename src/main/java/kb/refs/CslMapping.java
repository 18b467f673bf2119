package kb.refs;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From the CSL data model to the bibliography's fields (the way there is {@link kb.citation.CslItems}). Authors
 * become Vancouver names ({@code Crane JD}: surname with its particles, initials, suffix), the issue year the
 * {@code year}, the container title the {@code journal}. The fields CSL has no place for, the evidence record,
 * travel in the item's {@code note} as {@code evidence: ...} and {@code finding: ...} lines, the way Zotero keeps
 * extra fields in its "Extra" box.
 */
final class CslMapping {

    private static final Pattern YEAR = Pattern.compile("\\b([0-9]{4})\\b");
    private static final Pattern NOTE_LINE = Pattern.compile("(?m)^\\s*(PMID|PMCID|evidence|finding)\\s*:\\s*(.*\\S)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,4}");

    private CslMapping() {
    }

    /**
     * The entry's fields in the bibliography's order, without {@code key}: {@code authors} is a list, every other
     * value text. Fields the item does not have are left out.
     */
    static Map<String, Object> fields(CSLItemData item) {
        Map<String, String> notes = notes(item.getNote(), item.getAnnote());
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> authors = new ArrayList<>();
        if (item.getAuthor() != null) {
            for (CSLName name : item.getAuthor()) {
                String author = vancouver(name);
                if (!author.isEmpty()) {
                    authors.add(author);
                }
            }
        }
        if (!authors.isEmpty()) {
            fields.put("authors", authors);
        }
        put(fields, "title", item.getTitle());
        put(fields, "journal", item.getContainerTitle());
        if (blank(item.getContainerTitle())) {
            put(fields, "publisher", item.getPublisher());
        }
        put(fields, "year", year(item.getIssued()));
        put(fields, "volume", item.getVolume());
        put(fields, "issue", item.getIssue());
        put(fields, "pages", item.getPage() == null ? null : item.getPage().replace("--", "-").replace('–', '-'));
        put(fields, "article_number", item.getNumber());
        String doi = doi(item.getDOI());
        put(fields, "doi", doi);
        put(fields, "pmid", first(item.getPMID(), notes.get("pmid")));
        put(fields, "pmcid", first(item.getPMCID(), notes.get("pmcid")));
        if (doi == null) {
            put(fields, "url", item.getURL());
        }
        put(fields, "evidence", notes.get("evidence"));
        put(fields, "finding", notes.get("finding"));
        return fields;
    }

    /** The required fields that {@code fields} lacks, in words: "authors", "journal or publisher". */
    static List<String> missing(Map<String, Object> fields) {
        List<String> missing = new ArrayList<>();
        for (String required : List.of("authors", "title", "year")) {
            if (!fields.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!fields.containsKey("journal") && !fields.containsKey("publisher")) {
            missing.add("journal or publisher");
        }
        return missing;
    }

    /** A CSL name as Vancouver writes it: particles and surname, initials without dots, suffix. */
    static String vancouver(CSLName name) {
        if (!blank(name.getLiteral())) {
            return name.getLiteral().strip();
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {name.getNonDroppingParticle(), name.getFamily()}) {
            if (!blank(part)) {
                parts.add(part.strip());
            }
        }
        String initials = initials(name.getGiven(), name.getDroppingParticle());
        if (!initials.isEmpty()) {
            parts.add(initials);
        }
        if (!blank(name.getSuffix())) {
            parts.add(name.getSuffix().strip().replace(".", ""));
        }
        return String.join(" ", parts);
    }

    /** "Justin D." → JD, "J.-M." → JM, "JD" stays JD, "Miguel Ángel" → MÁ. */
    static String initials(String given, String droppingParticle) {
        if (blank(given)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : given.strip().split("[\\s.\\-‐]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (INITIALS.matcher(part).matches()) {
                out.append(part);
            } else {
                out.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return out.toString();
    }

    static String year(CSLDate date) {
        if (date == null) {
            return null;
        }
        int[][] parts = date.getDateParts();
        if (parts != null && parts.length > 0 && parts[0] != null && parts[0].length > 0 && parts[0][0] > 0) {
            return String.format(Locale.ROOT, "%04d", parts[0][0]);
        }
        for (String text : new String[] {date.getRaw(), date.getLiteral()}) {
            if (text != null) {
                Matcher m = YEAR.matcher(text);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** A DOI without the resolver or "doi:" in front, as the bibliography writes it. */
    static String doi(String doi) {
        if (blank(doi)) {
            return null;
        }
        return doi.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
    }

    private static Map<String, String> notes(String... notes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String note : notes) {
            if (note == null) {
                continue;
            }
            Matcher m = NOTE_LINE.matcher(note);
            while (m.find()) {
                values.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
        }
        return values;
    }

    private static String first(String a, String b) {
        return blank(a) ? b : a;
    }

    private static void put(Map<String, Object> fields, String name, String value) {
        if (!blank(value)) {
            fields.put(name, value.strip().replaceAll("\\s+", " "));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
