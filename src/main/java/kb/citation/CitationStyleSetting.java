package kb.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kb.report.DidYouMean;
import kb.report.Problem;
import kb.report.Rules;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads {@code kb.citation.style}: {@code vancouver} (the default), the id of a standard style
 * ({@code american-medical-association}, {@code apa}; the file names of the {@code org.citationstyles:styles} jar,
 * dependent journal styles included), or the path of a clinic's own {@code .csl} file in the site. A mistake is one
 * error, at the setting's line for a name that matches nothing (with the closest names), at its position in the
 * file for a {@code .csl} file that does not parse; the build then goes on in the default style, so that nothing
 * else is reported because of it. Nothing is fetched from the network: CSL links to other styles are looked up
 * in the jar only.
 */
public final class CitationStyleSetting {

    private static final String FILE = "jbake.properties";
    private static final String CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl";

    /** The style to use (the default one after a mistake) and the mistake. */
    public record Result(CitationStyle style, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final Path site;
    private final Function<Path, String> displayName;
    private final int line;
    private final List<Problem> problems = new ArrayList<>();

    private CitationStyleSetting(Path site, Function<Path, String> displayName, int line) {
        this.site = site;
        this.displayName = displayName;
        this.line = line;
    }

    /**
     * The style {@code value} names (null or blank: the default), for the site in {@code site}; {@code line} is the
     * setting's line in jbake.properties, {@code displayName} names the site's files in messages.
     */
    public static Result read(String value, Path site, Function<Path, String> displayName, int line) {
        CitationStyleSetting setting = new CitationStyleSetting(site, displayName, line);
        CitationStyle style = value == null || value.isBlank() ? null : setting.style(value.strip());
        return new Result(style == null ? CitationStyle.vancouver() : style, setting.problems);
    }

    private CitationStyle style(String value) {
        if (value.equalsIgnoreCase(CitationStyle.DEFAULT)) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            settingError("\"" + value + "\" is a web address: the citation style is not downloaded",
                    "name a standard style (such as apa or american-medical-association), or save the .csl file "
                            + "in the site and give its path, e.g. " + CitationStyle.SETTING + "=styles/clinic.csl");
            return null;
        }
        if (lower.endsWith(".csl") || value.contains("/") || value.contains("\\")) {
            return ownStyle(value);
        }
        for (String id : new String[] {value, "dependent/" + value}) {
            String xml = CitationStyle.standardXml(id);
            if (xml != null) {
                return fromXml(value, xml, null);
            }
        }
        List<String> closest = DidYouMean.closest(value, standardNames(), Math.max(2, value.length() / 3), 3);
        settingError("unknown citation style \"" + value + "\"",
                (closest.isEmpty() ? "" : "did you mean " + String.join(", ", closest.stream().map(n -> "\"" + n + "\"").toList()) + "? ")
                        + "use vancouver (the default), the name of a standard CSL style such as apa or "
                        + "american-medical-association (https://www.zotero.org/styles lists them), or the path of a "
                        + ".csl file in the site");
        return null;
    }

    /** A clinic's own style, a file in the site folder. */
    private CitationStyle ownStyle(String value) {
        Path file = site.resolve(value).toAbsolutePath().normalize();
        if (!file.startsWith(site.toAbsolutePath().normalize()) || !Files.isRegularFile(file)) {
            settingError("citation style file \"" + value + "\" does not exist in the site",
                    "give the path of the .csl file from the site folder, e.g. " + CitationStyle.SETTING
                            + "=styles/clinic.csl, or the name of a standard style such as apa");
            return null;
        }
        String name = displayName.apply(file);
        String xml;
        try {
            xml = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            fileError(name, 1, 1, "the citation style is not UTF-8 text", "save the .csl file as UTF-8");
            return null;
        } catch (IOException e) {
            fileError(name, 0, 0, "the citation style file cannot be read", "check that the file can be opened");
            return null;
        }
        return fromXml(value, xml, name);
    }

    /**
     * The style in {@code xml}, checked: well-formed XML without a document type (no entities of other files),
     * a CSL {@code <style>} that formats reference lists, or a dependent style whose parent is a standard one.
     * {@code file} is null for a standard style.
     */
    private CitationStyle fromXml(String value, String xml, String file) {
        Document document;
        try {
            document = parser().parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            fileError(file, Math.max(e.getLineNumber(), 1), Math.max(e.getColumnNumber(), 1),
                    "the citation style is not valid XML: " + e.getMessage(),
                    "fix the file at this position, or start again from a style of https://www.zotero.org/styles");
            return null;
        } catch (SAXException | IOException e) {
            fileError(file, 1, 1, "the citation style is not valid XML: " + e.getMessage(),
                    "start again from a style of https://www.zotero.org/styles");
            return null;
        }
        Element root = document.getDocumentElement();
        if (!"style".equals(root.getLocalName()) || !CSL_NAMESPACE.equals(root.getNamespaceURI())) {
            fileError(file, 1, 1, "the file is not a CSL citation style: its first element is <" + root.getTagName()
                    + ">, not <style xmlns=\"" + CSL_NAMESPACE + "\">", "use a .csl file from https://www.zotero.org/styles");
            return null;
        }
        String parent = independentParent(root);
        if (parent != null) {
            String id = parent.substring(parent.lastIndexOf('/') + 1);
            String parentXml = CitationStyle.standardXml(id);
            if (parentXml == null) {
                fileError(file, 1, 1, "the citation style builds on \"" + parent + "\", which is not a standard style",
                        "save that style as a .csl file in the site and name it instead");
                return null;
            }
            return fromXml(value, parentXml, file);
        }
        if (root.getElementsByTagNameNS(CSL_NAMESPACE, "bibliography").getLength() == 0) {
            fileError(file, 1, 1, "the citation style has no <bibliography> section, so it cannot write reference lists",
                    "use a style that formats bibliographies, such as apa or american-medical-association");
            return null;
        }
        CitationStyle style = new CitationStyle(value, xml);
        if (file != null && !tried(style, file)) {
            return null;
        }
        return style;
    }

    /** Whether citeproc-java can format a reference in a clinic's style; if not, the error is reported. */
    private boolean tried(CitationStyle style, String file) {
        Reference sample = new Reference("sample", List.of("Doe JA"), "A sample title", "A Journal", null, "2020",
                "1", "2", "3-4", null, "10.1000/sample", null, null, null, null, null, 0);
        try {
            CSL processor = style.processor(new ListItemDataProvider(CslItems.item(sample)));
            processor.registerCitationItems("sample");
            processor.makeBibliography();
            return true;
        } catch (IOException | RuntimeException e) {
            // citeproc-java throws plain runtime exceptions for parts of a style it cannot use.
            fileError(file, 1, 1, "the citation style cannot be used" + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "check the style in a CSL validator (https://validator.citationstyles.org), or use a standard style");
            return false;
        }
    }

    private static String independentParent(Element root) {
        NodeList links = root.getElementsByTagNameNS(CSL_NAMESPACE, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if ("independent-parent".equals(link.getAttribute("rel")) && !link.getAttribute("href").isBlank()) {
                return link.getAttribute("href").strip();
            }
        }
        return null;
    }

    /** A namespace-aware parser for style files that refuses document types and prints nothing: errors are thrown. */
    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A style is plain XML: a document type could pull in other files of the machine.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e; // the JDK's default handler would print it too
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e); // the JDK's parser has these features
        }
    }

    /** The ids of the standard styles, for "did you mean" (dependent styles without their folder). */
    private static Set<String> standardNames() {
        Set<String> names = new TreeSet<>();
        try {
            for (String name : CSL.getSupportedStyles()) {
                names.add(name.startsWith("dependent/") ? name.substring("dependent/".length()) : name);
            }
        } catch (IOException e) {
            // Without the list the message has no suggestion; it still says what is wrong.
        }
        return names;
    }

    private void settingError(String message, String hint) {
        problems.add(Problem.error(Rules.CONFIG_CITATION_STYLE, FILE, line, line == 0 ? 0 : 1,
                CitationStyle.SETTING + ": " + message, hint));
    }

    private void fileError(String file, int line, int column, String message, String hint) {
        if (file == null) {
            // A standard style the site cannot use (one without a bibliography): the setting is the mistake.
            settingError(message, hint);
            return;
        }
        problems.add(Problem.error(Rules.CITATION_STYLE_SYNTAX, file, line, column, message, hint));
    }
}
