package kb.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Input/expected pairs of an extension's {@code spec.txt}: each example starts with a line {@code === name}, then the
 * Markdown, a line {@code ---}, and the HTML expected (stripped, with one final newline). Lines before the first
 * example are comments.
 */
public final class SpecExamples {

    private SpecExamples() {
    }

    /** The examples as (name, markdown, expected HTML) arguments of a parameterized test. */
    public static Stream<Arguments> read(Path spec) throws IOException {
        List<Arguments> examples = new ArrayList<>();
        String name = null;
        StringBuilder input = new StringBuilder();
        StringBuilder expected = null;
        for (String line : Files.readAllLines(spec)) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    examples.add(Arguments.of(name, input.toString(), expected.toString().strip() + "\n"));
                }
                name = line.substring(4);
                input = new StringBuilder();
                expected = null;
            } else if (name == null) {
                continue; // header comments
            } else if (expected == null && line.equals("---")) {
                expected = new StringBuilder();
            } else {
                (expected == null ? input : expected).append(line).append('\n');
            }
        }
        examples.add(Arguments.of(name, input.toString(), expected.toString().strip() + "\n"));
        return examples.stream();
    }
}
