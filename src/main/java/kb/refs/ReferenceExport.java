package kb.refs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kb.citation.Bibliography;
import kb.citation.CslItems;
import kb.citation.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * {@code kb refs export}: the bibliography as CSL-JSON (citeproc-java's items, written by Jackson) or BibTeX
 * (jbibtex's entries and formatter), in file order, each under its key. Importing the export into an empty
 * bibliography gives the same entries, the evidence record included (in CSL-JSON's {@code note}, the way
 * Zotero keeps extra fields; in BibTeX as fields of their own, {@code evidence} and {@code finding}).
 */
public final class ReferenceExport {

    /** The formats, as {@code --format} names them. */
    public static final List<String> FORMATS = List.of("csl-json", "bibtex");

    private ReferenceExport() {
    }

    public static String write(Bibliography bibliography, String format) {
        return switch (format) {
            case "csl-json" -> cslJson(bibliography);
            case "bibtex" -> bibtex(bibliography);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    static String cslJson(Bibliography bibliography) {
        List<Object> items = new ArrayList<>();
        MapJsonBuilderFactory factory = new MapJsonBuilderFactory();
        for (Reference reference : bibliography.references()) {
            items.add(CslItems.item(reference).toJson(factory.createJsonBuilder()));
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING).writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // maps of text and numbers always serialise
        }
    }

    static String bibtex(Bibliography bibliography) {
        BibTeXDatabase database = new BibTeXDatabase();
        for (Reference reference : bibliography.references()) {
            BibTeXEntry entry = new BibTeXEntry(reference.journal() != null ? BibTeXEntry.TYPE_ARTICLE : BibTeXEntry.TYPE_BOOK,
                    new Key(reference.key()));
            field(entry, "author", String.join(" and ", reference.authors().stream().map(ReferenceExport::bibtexName).toList()), false);
            field(entry, "title", reference.title(), true);
            field(entry, "journal", reference.journal(), true);
            field(entry, "publisher", reference.publisher(), true);
            field(entry, "year", reference.year(), true);
            field(entry, "volume", reference.volume(), true);
            field(entry, "number", reference.issue(), true);
            field(entry, "pages", reference.pages() == null ? null : reference.pages().replace("-", "--"), true);
            field(entry, "eid", reference.articleNumber(), true);
            field(entry, "doi", reference.doi(), true);
            field(entry, "pmid", reference.pmid(), true);
            field(entry, "pmcid", reference.pmcid(), true);
            field(entry, "url", reference.url(), true);
            field(entry, "evidence", reference.evidence() == null ? null : reference.evidence().value(), true);
            field(entry, "finding", reference.finding() == null ? null : reference.finding().replaceAll("\\s+", " "), true);
            database.addObject(entry);
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // writing to a string cannot fail
        }
        return out.toString();
    }

    /** "Crane JD" → "Crane, JD"; "Koc TA Jr" → "Koc, Jr, TA"; a group's name in braces, kept whole. */
    static String bibtexName(String author) {
        var name = CslItems.name(author);
        if (name.getLiteral() != null) {
            return "{" + latex(name.getLiteral()) + "}";
        }
        return "{" + latex(name.getFamily()) + "}, " + (name.getSuffix() == null ? "" : latex(name.getSuffix()) + ", ")
                + latex(name.getGiven());
    }

    private static void field(BibTeXEntry entry, String name, String value, boolean escape) {
        if (value != null) {
            entry.addField(new Key(name.toLowerCase(Locale.ROOT)), new StringValue(escape ? latex(value) : value,
                    StringValue.Style.BRACED));
        }
    }

    /** LaTeX's special characters escaped, so the text reads back as written. */
    static String latex(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
