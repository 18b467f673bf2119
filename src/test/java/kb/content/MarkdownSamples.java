package kb.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Markdown that exercises the renderer's corner cases, and every page of the real site. */
final class MarkdownSamples {

    private MarkdownSamples() {
    }

    static Stream<String> all() throws IOException {
        List<String> inputs = new ArrayList<>(List.of(
                "Plain prose, with commas; and a full stop.",
                "Escapes \\* and \\_ and \\\\ stay escaped.",
                "Entities &amp; &copy; &#169; &#xA9; and a bare & sign.",
                "Less < and greater > and \"quotes\" and 'apostrophes'.",
                "Windows\r\nline ends\r\nand an old Mac\rline end.",
                "Emphasis *inside* and **strong** and `code < here`.",
                "A [link](https://example.org/?a=1&b=2 \"title\") and an autolink https://example.org.",
                "- list item one\n- list item & two\n\n| a | b |\n|---|---|\n| 1 < 2 | \"x\" |",
                "Unicode: café, naïve, “curly” quotes — dashes… and emoji 🏃.",
                "Hard  \nbreak and soft\nbreak.",
                "    indented code & <tags>\n",
                "<span>raw html</span> & text",
                "- a\n  - b\n    - c\n\n> quote\n> - item\n>   more\n\n1. one\n\n   para in item\n\n       code in item\n",
                "   ```\n   fenced  in item\n     indented\n   ```\n",
                "<div>\n  <p>indented html</p>\n</div>\n\n  Leading spaces para\n   continued\n",
                "Term\n: Definition\n  more\n\n* * *\n\nSetext\n------\n\n<!-- comment -->\n\n\tTabbed code\n"));
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                inputs.add(Files.readString(file));
            }
        }
        return inputs.stream();
    }

}
