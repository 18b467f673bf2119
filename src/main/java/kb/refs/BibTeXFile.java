package kb.refs;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.report.Problem;
import kb.report.Rules;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXGroup;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.LaTeXString;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * A BibTeX file, parsed by jbibtex and each entry converted by citeproc-java's {@link BibTeXConverter}. What the
 * converter leaves out is added from the entry's own fields: {@code pmid}, {@code pmcid}, {@code eid} (the article
 * number) and, for an article without {@code issue}, {@code number} (BibTeX's name for the issue).
 */
final class BibTeXFile {

    private static final String LIGATURE_CHARACTERS = "'`-";
    /** The first of three characters of Unicode's private use area, which no reference text holds. */
    private static final char KEPT_ASIDE = '\uE000';

    private BibTeXFile() {
    }

    static List<ImportedItem> read(String text, String file) throws ImportException {
        // @string macros the file does not define are kept as their names rather than failing the whole file.
        BibTeXParser parser;
        try {
            parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                }
            };
        } catch (ParseException e) {
            throw new IllegalStateException(e); // jbibtex's constructor parses only its built-in month names
        }
        BibTeXDatabase database;
        try {
            database = parser.parse(new StringReader(text));
        } catch (ParseException e) {
            Token at = e.currentToken == null ? null : e.currentToken.next != null ? e.currentToken.next : e.currentToken;
            String found = at == null || at.image == null || at.image.isEmpty() ? "the end of the file" : "\"" + at.image + "\"";
            throw syntax(file, at == null ? 0 : at.beginLine, at == null ? 0 : at.beginColumn,
                    "this is not valid BibTeX: " + found + " is not expected here");
        } catch (TokenMgrException e) {
            // The lexer stops inside a token; the last token it completed is the closest position it gives.
            Token last = parser.token;
            throw syntax(file, last == null ? 1 : last.endLine, last == null ? 1 : last.endColumn + 1,
                    "this is not valid BibTeX: a character here cannot start or continue a field");
        } catch (ObjectResolutionException e) {
            throw syntax(file, 0, 0, "this is not valid BibTeX: it names \"" + e.getMessage() + "\", which it does not define");
        }
        BibTeXConverter converter = new BibTeXConverter();
        List<ImportedItem> items = new ArrayList<>();
        int number = 0;
        for (Map.Entry<Key, BibTeXEntry> each : database.getEntries().entrySet()) {
            BibTeXEntry entry = each.getValue();
            CSLItemData item = completed(converter.toItemData(entry), entry);
            int[] at = position(text, entry.getType().getValue(), each.getKey().getValue());
            items.add(new ImportedItem(item, ++number, at[0], at[1]));
        }
        return items;
    }

    private static CSLItemData completed(CSLItemData item, BibTeXEntry entry) {
        CSLItemDataBuilder builder = new CSLItemDataBuilder(item);
        String pmid = field(entry, "pmid");
        if (pmid != null) {
            builder.PMID(pmid);
        }
        String pmcid = field(entry, "pmcid");
        if (pmcid != null) {
            builder.PMCID(pmcid);
        }
        if (item.getIssue() == null && item.getNumber() != null) {
            builder.issue(item.getNumber());
        }
        builder.number(field(entry, "eid"));
        // The evidence record travels in fields of its own; in the CSL model it is note lines, as from CSL-JSON.
        StringBuilder note = new StringBuilder(item.getNote() == null ? "" : item.getNote());
        for (String name : List.of("evidence", "finding")) {
            String value = item.getNote() == null || !item.getNote().contains(name + ":") ? converted(entry, name) : null;
            if (value != null) {
                note.append(note.length() == 0 ? "" : "\n").append(name).append(": ").append(value);
            }
        }
        builder.note(note.length() == 0 ? null : note.toString());
        return builder.build();
    }

    /**
     * A field of the site's own ({@code evidence}, {@code finding}) with its LaTeX escapes and accents read, but
     * not LaTeX's typesetting ligatures: the export writes a straight apostrophe or a double hyphen as the text has
     * it, and jbibtex's printer would turn them into ’ and –. Its text pieces are handed to the printer with those
     * characters kept aside, and put back after.
     */
    private static String converted(BibTeXEntry entry, String name) {
        String raw = field(entry, name);
        if (raw == null) {
            return null;
        }
        List<LaTeXObject> objects;
        try {
            objects = new LaTeXParser().parse(new StringReader(raw));
        } catch (ParseException | TokenMgrException e) {
            return raw;
        }
        StringBuilder text = new StringBuilder(new LaTeXPrinter().print(keptAside(objects)).replaceAll("\\s+", " ").strip());
        for (int i = 0; i < text.length(); i++) {
            int kept = text.charAt(i) - KEPT_ASIDE;
            if (kept >= 0 && kept < LIGATURE_CHARACTERS.length()) {
                text.setCharAt(i, LIGATURE_CHARACTERS.charAt(kept));
            }
        }
        return text.toString();
    }

    private static List<LaTeXObject> keptAside(List<LaTeXObject> objects) {
        List<LaTeXObject> out = new ArrayList<>();
        for (LaTeXObject object : objects) {
            if (object instanceof LaTeXString string) {
                StringBuilder value = new StringBuilder(string.getValue());
                for (int i = 0; i < value.length(); i++) {
                    int ligature = LIGATURE_CHARACTERS.indexOf(value.charAt(i));
                    if (ligature >= 0) {
                        value.setCharAt(i, (char) (KEPT_ASIDE + ligature));
                    }
                }
                out.add(new LaTeXString(value.toString()));
            } else if (object instanceof LaTeXGroup group) {
                out.add(new LaTeXGroup(keptAside(group.getObjects())));
            } else {
                out.add(object); // a command, such as an accent: \'{e} is é, not an apostrophe
            }
        }
        return out;
    }

    private static String field(BibTeXEntry entry, String name) {
        Value value = entry.getField(new Key(name));
        String text = value == null ? null : value.toUserString().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * Where the entry starts: jbibtex keeps no positions for parsed entries, so the entry is found by its type and
     * key, which are unique in a file it accepted.
     */
    private static int[] position(String text, String type, String key) {
        Matcher m = Pattern.compile("@\\s*" + Pattern.quote(type) + "\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,",
                Pattern.CASE_INSENSITIVE).matcher(text);
        if (!m.find()) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, m.start() - lineStart + 1};
    }

    private static ImportException syntax(String file, int line, int column, String message) {
        return new ImportException(Problem.error(Rules.REFS_IMPORT_SYNTAX, file, line, column, message,
                "export the references again from your reference manager, or correct the file at this place"));
    }
}
