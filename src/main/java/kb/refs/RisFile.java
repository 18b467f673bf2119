package kb.refs;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kb.report.Problem;
import kb.report.Rules;

/**
 * An RIS file, each reference parsed by citeproc-java's {@link RISParser} and converted by its {@link RISConverter}.
 * The file is cut into references at their {@code ER  -} lines first, and each line's shape is checked before the
 * parser sees it: the parser keeps no positions, so this is how a mistake is reported at its own line.
 */
final class RisFile {

    private static final String END = "ER  -";

    private RisFile() {
    }

    static List<ImportedItem> read(String text, String file) throws ImportException {
        String[] lines = text.split("\r?\n|\r", -1);
        List<ImportedItem> items = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() && record.length() == 0) {
                continue; // blank lines between references, as Zotero writes them
            }
            if (!line.isEmpty() && !line.equals(END)) {
                check(line, i + 1, record.length() == 0, file, lines[i]);
            }
            if (record.length() == 0) {
                start = i + 1;
            }
            record.append(line).append('\n');
            if (line.equals(END)) {
                items.add(item(record.toString(), items.size() + 1, start, file));
                record.setLength(0);
            }
        }
        if (record.length() > 0) {
            throw syntax(file, start, 1, "this reference has no closing \"ER  -\" line", "end every reference with a line \"ER  -\"");
        }
        return items;
    }

    /** A line as RIS has it, {@code TG  - value}; the first line of a reference gives its type. */
    private static void check(String line, int number, boolean first, String file, String original) throws ImportException {
        int column = original.indexOf(line.charAt(0)) + 1;
        if (line.length() < 7 || line.charAt(4) != '-' || line.charAt(2) != ' ' || line.charAt(3) != ' ') {
            throw syntax(file, number, column, "this line is not an RIS field: \"" + abbreviate(line) + "\"",
                    "each line is a two-letter tag, two spaces, a hyphen, a space and the value, e.g. \"TI  - Title\"; a value continues on the same line");
        }
        String tag = line.substring(0, 2);
        if (first && !tag.equals("TY")) {
            throw syntax(file, number, column, "a reference must start with its type, \"TY  - JOUR\", not \"" + tag + "\"",
                    "begin each reference with a TY line and end it with \"ER  -\"");
        }
        if (tag.equals("TY")) {
            String type = line.substring(6).strip();
            try {
                RISType.fromString(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw syntax(file, number, column + 6, "unknown RIS reference type \"" + type + "\"",
                        "use a type from the RIS specification, e.g. JOUR for a journal article or BOOK");
            }
        }
    }

    private static ImportedItem item(String record, int number, int line, String file) throws ImportException {
        RISLibrary library;
        try {
            library = new RISParser().parse(new StringReader(record));
        } catch (IOException e) {
            throw syntax(file, line, 1, "this reference is not valid RIS", "compare it with the references around it");
        }
        RISReference reference = library.getReferences().get(0);
        CSLItemData item = new RISConverter().toItemData(reference);
        // Zotero and EndNote write a journal article's journal as T2 (the secondary title), which the converter
        // leaves out; JO and J2 (abbreviations) it does read.
        if (reference.getSecondaryTitle() != null && (item.getContainerTitle() == null
                || reference.getType() == RISType.JOUR)) {
            item = new CSLItemDataBuilder(item).containerTitle(reference.getSecondaryTitle()).build();
        }
        return new ImportedItem(item, number, line, 1);
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }

    private static ImportException syntax(String file, int line, int column, String message, String hint) {
        return new ImportException(Problem.error(Rules.REFS_IMPORT_SYNTAX, file, line, column, message, hint));
    }
}
