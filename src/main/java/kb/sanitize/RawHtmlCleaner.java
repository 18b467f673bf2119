package kb.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.report.Rule;
import kb.report.Rules;
import org.jsoup.parser.Parser;

/**
 * Cleans one piece of raw HTML as flexmark hands it over: an HTML block, or a single inline tag. Inline HTML comes
 * one tag per node ({@code <kbd>} and {@code </kbd>} are two nodes) and a {@code <details>} block may be closed
 * several blocks later, so the text is not re-parsed as a tree (that would close or drop unmatched tags) but read
 * tag by tag with CommonMark's grammar of raw HTML. Safe tags stay as written; unsafe tags, attributes and
 * comments are taken out, and every removal is returned with its offset in the text.
 */
final class RawHtmlCleaner {

    /** One thing taken out: where in the raw text, under which rule, what, and how to fix it. */
    record Removal(int offset, Rule rule, String message, String hint) {
        Removal(int offset, String message, String hint) {
            this(offset, Rules.HTML_UNSAFE, message, hint);
        }
    }

    /** An {@code id} attribute kept on a tag: where in the raw text, and its value. */
    record Id(int offset, String value) {
    }

    /** The HTML to render, what was taken out, and the ids it keeps. */
    record Cleaned(String html, List<Removal> removals, List<Id> ids) {
    }

    private static final String NAME = "[A-Za-z][A-Za-z0-9-]*";
    /** An attribute with groups: 1 name, 2 unquoted value, 3 single-quoted value, 4 double-quoted value. */
    private static final Pattern ONE_ATTRIBUTE = Pattern.compile(
            "\\s+([a-zA-Z_:][a-zA-Z0-9_.:-]*)(?:\\s*=\\s*(?:([^\"'=<>`\\s]+)|'([^']*)'|\"([^\"]*)\"))?");
    private static final String ANY_ATTRIBUTE =
            "\\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\\s*=\\s*(?:[^\"'=<>`\\s]+|'[^']*'|\"[^\"]*\"))?";
    /** An open tag with groups: 1 name, 2 all attributes, 3 "/" when self-closing. */
    private static final Pattern OPEN_TAG = Pattern.compile(
            "<(" + NAME + ")((?:" + ANY_ATTRIBUTE + ")*+)\\s*(/?)>");
    private static final Pattern CLOSE_TAG = Pattern.compile("</(" + NAME + ")\\s*>");
    private static final Pattern COMMENT = Pattern.compile("<!--(?:>|->|[\\s\\S]*?-->)");
    private static final Pattern OTHER = Pattern.compile(
            "<!\\[CDATA\\[[\\s\\S]*?]]>|<\\?[\\s\\S]*?\\?>|<![A-Za-z]+[^>]*>");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction",
            "poster", "background", "xlink:href", "srcset");

    /** Attributes whose address the browser fetches by itself while showing the page (not on a click). */
    private static final Set<String> LOADED_ATTRIBUTES = Set.of("src", "srcset", "poster", "background", "data",
            "lowsrc", "dynsrc", "xlink:href", "longdesc");
    private static final Pattern OTHER_HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:)?//([^/?#\\s,]*)");

    private RawHtmlCleaner() {
    }

    /** The host of an address on another site ({@code https://x/...}, {@code //x/...}), or null for the site's own. */
    private static String otherHost(String value) {
        String address = value.strip().replace('\\', '/').toLowerCase(Locale.ROOT);
        Matcher m = OTHER_HOST.matcher(address);
        if (m.find()) {
            return m.group(1).isEmpty() ? address : m.group(1);
        }
        // A srcset lists several addresses: any of them may be on another site.
        if (address.contains(",")) {
            for (String candidate : address.split(",")) {
                String host = otherHost(candidate.strip().split("\\s+")[0]);
                if (host != null) {
                    return host;
                }
            }
        }
        return null;
    }

    static Cleaned clean(String raw) {
        List<Removal> removals = new ArrayList<>();
        List<Id> ids = new ArrayList<>();
        StringBuilder out = new StringBuilder(raw.length());
        String droppingUntilClose = null;
        int i = 0;
        while (i < raw.length()) {
            int lt = raw.indexOf('<', i);
            int textEnd = lt < 0 ? raw.length() : lt;
            if (droppingUntilClose == null) {
                out.append(raw, i, textEnd);
            }
            if (lt < 0) {
                break;
            }
            if (droppingUntilClose != null) {
                Matcher close = at(CLOSE_TAG, raw, lt);
                boolean ends = close != null && close.group(1).toLowerCase(Locale.ROOT).equals(droppingUntilClose);
                droppingUntilClose = ends ? null : droppingUntilClose;
                i = ends ? close.end() : lt + 1;
                continue;
            }
            Matcher m;
            if ((m = at(COMMENT, raw, lt)) != null) {
                // Notes for editors: not published, not a problem.
                i = m.end();
            } else if ((m = at(OTHER, raw, lt)) != null) {
                removals.add(new Removal(lt, "\"" + excerpt(m.group()) + "\" is not allowed in a page",
                        "remove it; declarations, processing instructions and CDATA have no place in page content"));
                i = m.end();
            } else if ((m = at(CLOSE_TAG, raw, lt)) != null) {
                if (HtmlSafelist.isSafeTag(m.group(1))) {
                    out.append(m.group());
                }
                i = m.end();
            } else if ((m = at(OPEN_TAG, raw, lt)) != null) {
                droppingUntilClose = openTag(m, raw, out, removals, ids);
                i = m.end();
            } else {
                char next = lt + 1 < raw.length() ? raw.charAt(lt + 1) : ' ';
                if (raw.startsWith("<!--", lt)) {
                    removals.add(new Removal(lt, "HTML comment is never closed with \"-->\"",
                            "end the comment with --> (an open comment would hide the rest of the page)"));
                } else if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
                    removals.add(new Removal(lt, "\"" + excerpt(raw.substring(lt)) + "\" starts an HTML tag that is not"
                            + " finished", "close the tag with \">\" and quote attribute values, or write &lt; for a"
                            + " less-than sign"));
                }
                out.append("&lt;");
                i = lt + 1;
            }
        }
        return new Cleaned(out.toString(), List.copyOf(removals), List.copyOf(ids));
    }

    /** Writes a safe open tag; returns the tag name when the element and its content must be dropped. */
    private static String openTag(Matcher tag, String raw, StringBuilder out, List<Removal> removals, List<Id> ids) {
        String name = tag.group(1).toLowerCase(Locale.ROOT);
        boolean selfClosing = !tag.group(3).isEmpty();
        if (!HtmlSafelist.isSafeTag(name)) {
            removals.add(new Removal(tag.start(), "HTML tag <" + name + "> is not allowed", tagHint(name)));
            return HtmlSafelist.DROP_WITH_CONTENT.contains(name) && !selfClosing ? name : null;
        }
        StringBuilder kept = new StringBuilder("<").append(tag.group(1));
        boolean changed = false;
        Matcher attribute = ONE_ATTRIBUTE.matcher(raw).region(tag.start(2), tag.end(2));
        while (attribute.find()) {
            String attr = attribute.group(1);
            String written = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            String value = written == null ? "" : Parser.unescapeEntities(written, true);
            String host = LOADED_ATTRIBUTES.contains(attr.toLowerCase(Locale.ROOT)) ? otherHost(value) : null;
            if (host != null) {
                changed = true;
                removals.add(new Removal(attribute.start(1), Rules.ASSET_EXTERNAL, "<" + name + " " + attr
                        + "=\"" + excerpt(value) + "\"> would load a file from another site (" + host + ")",
                        "pages load nothing from other sites (it would tell them who reads the page): save the file"
                                + " under assets/ and use its address there, or link to it with <a href>"));
                continue;
            }
            if (HtmlSafelist.isSafeAttribute(name, attr, value)) {
                if (attr.equalsIgnoreCase("id")) {
                    ids.add(new Id(attribute.start(1), value));
                }
                kept.append(' ').append(attr);
                if (written != null) {
                    kept.append("=\"").append(escape(value)).append('"');
                }
                continue;
            }
            changed = true;
            removals.add(attributeRemoval(attribute.start(1), name, attr.toLowerCase(Locale.ROOT), written, value));
        }
        out.append(changed ? kept.append(selfClosing ? " />" : ">") : tag.group());
        return null;
    }

    private static Removal attributeRemoval(int offset, String tag, String attr, String written, String value) {
        if (attr.startsWith("on")) {
            return new Removal(offset, "event handler " + attr + "=\"" + excerpt(value) + "\" on <" + tag
                    + "> is not allowed", "pages run no scripts; remove the attribute");
        }
        if (attr.equals("style")) {
            return new Removal(offset, "inline style=\"" + excerpt(value) + "\" on <" + tag + "> is not allowed",
                    "the Content-Security-Policy blocks inline styles; use a class styled in assets/css/site.css");
        }
        if (URL_ATTRIBUTES.contains(attr) && HtmlSafelist.isSafeAttribute(tag, attr, "https://example.org/")) {
            String scheme = UnsafeUrls.unsafeScheme(value);
            // Quoted as written; a scheme hidden in character codes is named, so the editor sees why.
            String shown = excerpt(written == null ? value : written);
            String disguise = scheme != null && written != null && UnsafeUrls.disguised(written)
                    ? " (a " + scheme + ": address written with character codes)" : "";
            return new Removal(offset, "address " + attr + "=\"" + shown + "\" on <" + tag
                    + ">" + disguise + " is not allowed", "use an http:, https: or mailto: address, or one relative to the site");
        }
        return new Removal(offset, "attribute " + attr + " on <" + tag + "> is not allowed",
                "remove it; allowed on every tag: id, class, title, lang (see docs/writing.md, \"Raw HTML in pages\")");
    }

    private static String tagHint(String tag) {
        return switch (tag) {
            case "script", "noscript" -> "pages run no scripts; remove the element";
            case "style" -> "the Content-Security-Policy blocks inline styles; put styles in assets/css/site.css";
            case "iframe", "object", "embed", "frame", "frameset" ->
                    "pages embed nothing from other sites; link to it instead, e.g. [Watch the video](https://...)";
            default -> "use Markdown or an allowed tag (see docs/writing.md, \"Raw HTML in pages\")";
        };
    }

    private static Matcher at(Pattern pattern, String text, int start) {
        Matcher m = pattern.matcher(text).region(start, text.length());
        return m.lookingAt() ? m : null;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** The first line of a value, at most 40 characters, tabs shown as \t, for quoting in a message. */
    static String excerpt(String text) {
        String line = text.lines().findFirst().orElse("").strip().replace("\t", "\\t");
        line = line.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
