package kb.citation;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A style's label of the author role made to print nothing, as CSL says a blank term does. The term for "author"
 * is blank in all 61 locales of {@code org.citationstyles:locales}, so {@code <names variable="author"><label
 * prefix=", "/>} should add nothing; citeproc-java 3.3.0 prints the prefix anyway ("Crane JD, Ogborn DI, .
 * Massage…", citation-style-language/styles#7975), and NLM's style, the one Vancouver names, has that label, as do
 * other Vancouver styles. The label is removed from the author's names. A shorthand {@code <names
 * variable="editor"/>} in its {@code <substitute>} borrows the author's name and label, so it becomes a macro of its
 * own with copies of them: a book with editors and no author still reads "Smith AB, editor".
 */
final class BlankAuthorLabel {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private BlankAuthorLabel() {
    }

    /** The style's XML with the author labels removed, or the same XML when it has none. */
    static String removedFrom(String xml) {
        if (!xml.contains("<label")) {
            return xml;
        }
        Document style;
        try {
            style = CitationStyleSetting.parser().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            return xml; // not this class's to report: the processor says what is wrong with the file
        }
        if (ownAuthorTerm(style)) {
            return xml; // the style gives "author" words of its own, so its label prints them
        }
        boolean changed = false;
        int macros = 0;
        for (Element names : elements(style.getDocumentElement(), "names")) {
            Element label = child(names, "label");
            if (label == null || !"author".equals(names.getAttribute("variable").strip())) {
                continue;
            }
            Element substitute = child(names, "substitute");
            if (substitute != null) {
                for (Element shorthand : children(substitute, "names")) {
                    if (child(shorthand, "name") == null && child(shorthand, "label") == null) {
                        String macroName = "kb-author-substitute-" + ++macros;
                        style.getDocumentElement().insertBefore(macro(style, macroName, names, shorthand),
                                child(style.getDocumentElement(), "macro"));
                        Element text = style.createElementNS(CSL, "text");
                        text.setAttribute("macro", macroName);
                        substitute.replaceChild(text, shorthand);
                    }
                }
            }
            names.removeChild(label);
            changed = true;
        }
        return changed ? serialized(style) : xml;
    }

    /** {@code <macro><names variable="editor" …the author's attributes>…the author's name, et-al and label</names>}. */
    private static Element macro(Document style, String name, Element author, Element shorthand) {
        Element names = style.createElementNS(CSL, "names");
        NamedNodeMap attributes = author.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            if (attribute.getNamespaceURI() == null) {
                names.setAttribute(attribute.getNodeName(), attribute.getNodeValue());
            }
        }
        names.setAttribute("variable", shorthand.getAttribute("variable"));
        for (Element part : children(author, null)) {
            if (!part.getLocalName().equals("substitute")) {
                names.appendChild(part.cloneNode(true));
            }
        }
        Element macro = style.createElementNS(CSL, "macro");
        macro.setAttribute("name", name);
        macro.appendChild(names);
        return macro;
    }

    /** Whether the style's own {@code <locale>} gives the author role a term that is not blank. */
    private static boolean ownAuthorTerm(Document style) {
        for (Element term : elements(style.getDocumentElement(), "term")) {
            if ("author".equals(term.getAttribute("name")) && !term.getTextContent().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> elements(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS(CSL, localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && CSL.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String serialized(Document style) {
        try {
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(style), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e); // a document just parsed always serializes
        }
    }
}
