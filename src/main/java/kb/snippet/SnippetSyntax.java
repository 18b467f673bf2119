package kb.snippet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The include line, {@code {{< snippet NAME >}}} alone on its line (up to three spaces before it, as any Markdown
 * block). The name is whatever stands between {@code snippet} and {@code >}}}, so a wrong name is reported rather
 * than the line left as text.
 */
final class SnippetSyntax {

    private static final Pattern LINE = Pattern.compile("^ {0,3}\\{\\{<\\s*snippet\\s+([^\\s>]+)\\s*>}}\\s*$");

    private SnippetSyntax() {
    }

    /** The matcher of {@code line} if it is an include line (group 1 is the name), or null. */
    static Matcher match(CharSequence line) {
        Matcher matcher = LINE.matcher(line);
        return matcher.matches() ? matcher : null;
    }
}
