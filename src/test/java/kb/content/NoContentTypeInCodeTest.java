package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine knows no content type by name: the site's types file declares them. Fails when {@code injury},
 * {@code technique} or {@code faq} appears as a word, in any case, in the code of {@code src/main/java} outside
 * comments: in a string literal or as an identifier. Words inside a longer identifier ({@code FaqAnswers}) are not
 * names of the type; {@code techniques} and {@code injuries} are other words.
 */
class NoContentTypeInCodeTest {

    private static final Pattern TYPE_NAME = Pattern.compile("(?i)\\b(injury|technique|faq)\\b");
    /**
     * Published rule ids that contain a type's old name: sites name them in kb.rule settings and kb:ignore comments,
     * so renaming them would break those sites.
     */
    private static final Set<String> ALLOWED_LITERALS = Set.of("\"front-matter/faq-anchor\"");

    @Test
    void noTypeNameInTheEngineOutsideComments() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                String code = withoutComments(Files.readString(file));
                Matcher matcher = TYPE_NAME.matcher(code);
                while (matcher.find()) {
                    if (!ALLOWED_LITERALS.contains(literalAround(code, matcher.start()))) {
                        int line = (int) code.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                        found.add(file + ":" + line + ": " + matcher.group());
                    }
                }
            }
        }
        assertEquals("", String.join("\n", found), "content type names in the engine's code");
    }

    @Test
    void findsANameInALiteralOrIdentifierButNotInAComment() {
        String code = withoutComments("// injury\n/* technique */ String faq = \"a /* \" + x; /** FAQ */ int b = '\"';\n"
                + "String s = \"an Injury page\"; // faq\n");
        assertTrue(TYPE_NAME.matcher(code).find());
        assertEquals(List.of("faq", "Injury"), TYPE_NAME.matcher(code).results().map(m -> m.group()).toList());
    }

    /** The code with every comment blanked out (line breaks kept), string and character literals left as they are. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, source.length());
                out.append(source, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The string literal (with its quotes) that the position is in, or "" when it is not in one on its line. */
    private static String literalAround(String code, int position) {
        int start = code.lastIndexOf('"', position);
        int end = code.indexOf('"', position);
        if (start < 0 || end < 0 || code.substring(start, end).contains("\n")) {
            return "";
        }
        return code.substring(start, end + 1);
    }
}
