package kb.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's citation syntax, the subset the site uses: {@code [@key]}, {@code [@a; @b]}, {@code [@a, p. 4]}. A key
 * starts with a letter, digit or {@code _} and may contain single {@code : . # $ % & - + ? < > ~ /} between them
 * (as in Pandoc). Anything else between {@code [@} and {@code ]} is a citation written wrongly, and
 * {@link #fault} says how.
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

    /** Whether {@code c} may start a key. */
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

    /**
     * What is wrong with a citation's text ({@code inner}, between the brackets) that {@link #items} refuses, in
     * words for the editor ("it has no key after \"@\""); the first fault found, item by item.
     */
    static String fault(CharSequence inner) {
        String[] parts = inner.toString().split(";", -1);
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                return "it has a \";\" with no key after it";
            }
            if (part.charAt(0) != '@') {
                return "\"" + part + "\" has no \"@\" in front of it";
            }
            if (part.length() == 1) {
                return "it has no key after \"@\"";
            }
            char first = part.charAt(1);
            if (first == '@') {
                return "it has two \"@\" in front of the key";
            }
            if (Character.isWhitespace(first)) {
                return "it has a space between \"@\" and the key";
            }
            if (!isKeyStart(first)) {
                return "the key must start with a letter, a digit or \"_\", not \"" + first + "\"";
            }
            Matcher key = KEY_PATTERN.matcher(part).region(1, part.length());
            key.lookingAt();
            String rest = part.substring(key.end()).strip();
            if (rest.startsWith(",")) {
                if (rest.substring(1).isBlank()) {
                    return "it has a \",\" with no page or place after it";
                }
            } else if (!rest.isEmpty()) {
                return rest.chars().anyMatch(Character::isLetterOrDigit)
                        ? "it needs a comma between the key \"" + key.group() + "\" and \"" + rest + "\""
                        : "it has \"" + rest + "\" after the key \"" + key.group() + "\"";
            }
        }
        return "it is not written as [@key]";
    }
}
