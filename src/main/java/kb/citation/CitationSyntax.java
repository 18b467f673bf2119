package kb.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's citation syntax, the subset the site uses: {@code [@key]}, {@code [@a; @b]}, {@code [@a, p. 4]}. A key
 * starts with a letter, digit or {@code _} and may contain single {@code : . # $ % & - + ? < > ~ /} between them
 * (as in Pandoc), so {@code [@crane2012.]} cites {@code crane2012}.
 */
final class CitationSyntax {

    static final String KEY = "[A-Za-z0-9_](?:[A-Za-z0-9_]|[:.#$%&\\-+?<>~/](?=[A-Za-z0-9_]))*";

    private static final Pattern KEY_PATTERN = Pattern.compile(KEY);
    private static final Pattern ITEM = Pattern.compile("\\s*@(" + KEY + ")\\s*(?:,\\s*(\\S.*?))?\\s*", Pattern.DOTALL);

    /** One item as written: the key's offset within the bracket text, the key and the locator (or null). */
    record Item(int keyStart, String key, String locator) {
    }

    private CitationSyntax() {
    }

    static boolean isKey(String key) {
        return KEY_PATTERN.matcher(key).matches();
    }

    /** Whether {@code c} may start a key: {@code [@} followed by it is a citation attempt. */
    static boolean isKeyStart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * Splits the text between {@code [} and {@code ]} into items, or returns null when it is not a well-formed
     * citation (e.g. {@code @a b}, {@code @a;}, a missing {@code @}).
     */
    static List<Item> items(CharSequence inner) {
        List<Item> items = new ArrayList<>();
        String text = inner.toString();
        int start = 0;
        while (true) {
            int semicolon = text.indexOf(';', start);
            int end = semicolon < 0 ? text.length() : semicolon;
            Matcher m = ITEM.matcher(text).region(start, end);
            if (!m.matches()) {
                return null;
            }
            String locator = m.group(2) == null ? null : m.group(2).replaceAll("\\s+", " ");
            items.add(new Item(m.start(1) - 1, m.group(1), locator));
            if (semicolon < 0) {
                return items;
            }
            start = semicolon + 1;
        }
    }
}
