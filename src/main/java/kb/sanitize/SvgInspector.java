package kb.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.report.Problem;
import kb.report.Rules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.ProcessingInstruction;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * An SVG image is a document: opened by itself (a link to it, a new tab) it runs its scripts with the site's
 * address, and it can load from other hosts, which the pages' Content-Security-Policy does not cover. So an SVG is
 * published only when it holds none of: a {@code <script>} or {@code <foreignObject>} element, an HTML element
 * that loads or embeds ({@code iframe}, {@code object}, {@code meta}, {@code base}, {@code form}...), an event handler
 * ({@code on*=}), an address ({@code href}, {@code xlink:href}, {@code src}, {@code xml:base}, CSS {@code url()}) that
 * is not a {@code #fragment} or a relative address of the site (unsafe schemes as in {@link UnsafeUrls}), a
 * {@code @import}, an animation of {@code href}, an {@code <?xml-stylesheet?>} instruction or an entity declaration.
 * Each finding is an error at its line and column (Jsoup's XML parser with source positions).
 */
public final class SvgInspector {

    /** HTML elements that load, embed or redirect; they have no business in an image. */
    private static final Set<String> HTML_ELEMENTS = Set.of("iframe", "frame", "frameset", "embed", "object", "applet",
            "meta", "base", "link", "form", "input", "button", "textarea");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "base");
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform",
            "animatecolor");
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)");
    private static final Pattern ENTITY = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT = Pattern.compile("(?i)@import");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20]");
    private static final String NO_CODE = "remove it: an SVG opened by itself runs its code with the site's address;"
            + " the site's scripts go in files under assets/js/";
    private static final String UNSAFE_SCHEME = "remove it: an image runs no code and embeds no inline data; refer to"
            + " a file of the site by a relative address, or to a #fragment inside the image";
    private static final String LOCAL_ONLY = "save what it refers to under assets/ and use a relative address, or a"
            + " #fragment inside the image: an image must load nothing from other hosts";

    private SvgInspector() {
    }

    /** The problems of one SVG file; none means it may be published. {@code file} is how messages name it. */
    public static List<Problem> inspect(String svg, String file) {
        Document document = Jsoup.parse(svg, "", Parser.xmlParser().setTrackPosition(true));
        List<Problem> problems = new ArrayList<>();
        // Jsoup keeps no internal DTD subset, so entity declarations are found in the text.
        Matcher entity = ENTITY.matcher(svg);
        if (entity.find()) {
            problems.add(problem(file, 1, 1, svg, entity.start(), "SVG image declares entities"
                    + " (<!ENTITY ...>), which can read other files", "remove the declarations from the <!DOCTYPE>"));
        }
        inspect(document, file, problems);
        return problems;
    }

    private static void inspect(Node parent, String file, List<Problem> problems) {
        for (Node node : parent.childNodes()) {
            String instruction = instruction(node);
            if (instruction != null && instruction.equalsIgnoreCase("xml-stylesheet")) {
                problems.add(problem(file, node.sourceRange(), "SVG image has an <?xml-stylesheet?> instruction,"
                        + " which loads a stylesheet or transformation", "put the styles in a <style> element inside"
                        + " the SVG"));
            } else if (instruction != null && !instruction.equalsIgnoreCase("xml")) {
                problems.add(problem(file, node.sourceRange(), "SVG image has the processing instruction <?"
                        + instruction + "?>, which an image does not need", "delete the line; drawing programs"
                        + " add nothing of the kind to a plain SVG export"));
            } else if (node instanceof Element element) {
                element(element, file, problems);
            }
        }
    }

    /**
     * The target of a {@code <?...?>} instruction, or null: Jsoup 1.24 reads instructions other than the
     * {@code <?xml ...?>} declaration as {@link ProcessingInstruction}s, earlier versions as {@link XmlDeclaration}s.
     */
    private static String instruction(Node node) {
        if (node instanceof ProcessingInstruction instruction) {
            return instruction.target();
        }
        return node instanceof XmlDeclaration declaration ? declaration.name() : null;
    }

    private static void element(Element element, String file, List<Problem> problems) {
        String tag = localName(element.tagName());
        if (tag.equals("script")) {
            problems.add(problem(file, element.sourceRange(), "SVG image has a <script> element", NO_CODE));
            return;
        }
        if (tag.equals("foreignobject")) {
            problems.add(problem(file, element.sourceRange(), "SVG image has a <foreignObject> element (embedded"
                    + " HTML)", "remove it; write text with <text> elements, or put the HTML on the page"));
            return;
        }
        if (HTML_ELEMENTS.contains(tag)) {
            problems.add(problem(file, element.sourceRange(), "SVG image has an HTML <" + tag + "> element, which"
                    + " can load or embed another document", "remove it; an image draws, it does not embed"));
            return;
        }
        for (Attribute attribute : element.attributes()) {
            attribute(element, tag, attribute, file, problems);
        }
        if (tag.equals("style")) {
            for (TextNode text : element.textNodes()) {
                css(text.getWholeText(), text.sourceRange(), "<style>", file, problems);
            }
        }
        inspect(element, file, problems);
    }

    private static void attribute(Element element, String tag, Attribute attribute, String file, List<Problem> problems) {
        String name = attribute.getKey();
        String local = localName(name);
        String value = attribute.getValue();
        Range at = attribute.sourceRange().nameRange();
        if (!at.isTracked()) {
            at = element.sourceRange();
        }
        if (local.startsWith("on")) {
            problems.add(problem(file, at, "SVG image has the event handler " + name + "=\""
                    + RawHtmlCleaner.excerpt(value) + "\" on <" + element.tagName() + ">", NO_CODE));
        } else if (ADDRESS_ATTRIBUTES.contains(local)) {
            String outside = outside(value);
            if (outside != null) {
                problems.add(problem(file, at, "SVG image has the address " + name + "=\"" + RawHtmlCleaner.excerpt(value)
                        + "\" on <" + element.tagName() + ">, " + outside, hintFor(value)));
            }
        } else if (local.equals("attributename") && ANIMATIONS.contains(tag)
                && ADDRESS_ATTRIBUTES.contains(localName(value.strip()))) {
            problems.add(problem(file, at, "SVG image animates the address " + value.strip() + " (<"
                    + element.tagName() + ">), which can turn a link into a script", "remove the animation"));
        } else if (value.toLowerCase(Locale.ROOT).contains("url(")) {
            Range valueAt = attribute.sourceRange().valueRange();
            css(value, valueAt.isTracked() ? valueAt : at, name + "=", file, problems);
        }
    }

    /** Reports {@code @import} and every {@code url()} that leaves the site; positions are counted within the text. */
    private static void css(String css, Range start, String where, String file, List<Problem> problems) {
        Matcher imports = CSS_IMPORT.matcher(css);
        List<int[]> importSpans = new ArrayList<>();
        while (imports.find()) {
            problems.add(problem(file, start, css, imports.start(), "SVG image's " + where + " imports a stylesheet"
                    + " (@import)", "copy the rules into the <style> element instead"));
            int end = css.indexOf(';', imports.end());
            importSpans.add(new int[] {imports.start(), end < 0 ? css.length() : end});
        }
        Matcher urls = CSS_URL.matcher(css);
        while (urls.find()) {
            int at = urls.start();
            // The address of an @import is part of that one mistake.
            if (importSpans.stream().anyMatch(span -> at >= span[0] && at < span[1])) {
                continue;
            }
            String outside = outside(urls.group(2));
            if (outside != null) {
                problems.add(problem(file, start, css, urls.start(), "SVG image's " + where + " has the address url("
                        + RawHtmlCleaner.excerpt(urls.group(2)) + "), " + outside, hintFor(urls.group(2))));
            }
        }
    }

    /** Why an address leaves the image or the site ("which uses javascript:", "outside the site"), or null. */
    private static String outside(String address) {
        String scheme = UnsafeUrls.unsafeScheme(address);
        if (scheme != null) {
            return "which uses " + scheme + ":";
        }
        String squeezed = IGNORED_BY_BROWSERS.matcher(address).replaceAll("").toLowerCase(Locale.ROOT);
        if (squeezed.startsWith("//") || squeezed.startsWith("\\\\") || squeezed.startsWith("/\\")
                || squeezed.startsWith("\\/") || SCHEME.matcher(squeezed).find()) {
            return "outside the site";
        }
        return null;
    }

    private static String hintFor(String address) {
        return UnsafeUrls.unsafeScheme(address) != null ? UNSAFE_SCHEME : LOCAL_ONLY;
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static Problem problem(String file, Range range, String message, String hint) {
        Range.Position start = range.start();
        return Problem.error(Rules.ASSET_UNSAFE_SVG, file, Math.max(0, start.lineNumber()),
                Math.max(0, start.columnNumber()), message, hint);
    }

    /** A problem at {@code offset} characters into a text that starts at {@code range}. */
    private static Problem problem(String file, Range range, String text, int offset, String message, String hint) {
        return problem(file, range.start().lineNumber(), range.start().columnNumber(), text, offset, message, hint);
    }

    /** A problem at {@code offset} characters into a text that starts at {@code startLine}:{@code startColumn}. */
    private static Problem problem(String file, int startLine, int startColumn, String text, int offset, String message,
                                   String hint) {
        int line = Math.max(0, startLine);
        int column = Math.max(0, startColumn);
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        if (line > 0) {
            int newlines = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
            column = newlines == 0 ? column + offset : offset - lineStart + 1;
            line += newlines;
        }
        return Problem.error(Rules.ASSET_UNSAFE_SVG, file, line, column, message, hint);
    }
}
