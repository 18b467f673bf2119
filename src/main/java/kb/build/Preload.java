package kb.build;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import kb.share.QrSvg;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.Yaml;

/**
 * Loads the classes of the later stages (flexmark, SnakeYAML, Freemarker, Jsoup, ZXing) on a background thread
 * while the build reads its configuration. Reading the configuration runs on one core (JBake's configuration
 * classes, SLF4J's start-up); loading and initialising the other libraries' classes is the next stage's first
 * cost. On the idle core it is done by the time the pages are parsed, and nothing here is kept or shared: the
 * stages make their own parsers, so the output cannot depend on it. The build waits for it before its next stage,
 * so no class of these libraries is ever initialised by two threads at once (no class-initialisation deadlock).
 */
final class Preload {

    private static final String MARKDOWN = """
            ---
            title: "warm-up"
            tags: [a, b]
            ---
            # Heading

            Some *text* with a [link](page.md#part) and `code`, https://example.org and a \\* star.

            - item
            - item

            | a | b |
            |---|---|
            | 1 | 2 |

            Term
            : definition
            """;

    private Preload() {
    }

    /** Starts loading on a daemon thread; returns at once with the thread, for {@link #await}. */
    static Thread start() {
        Thread thread = new Thread(Preload::run, "preload classes");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits until the loading thread (if any) is done. */
    static void await(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        try {
            DataHolder options = PegdownOptionsAdapter.flexmarkOptions(PegdownExtensions.TABLES
                    | PegdownExtensions.FENCED_CODE_BLOCKS | PegdownExtensions.AUTOLINKS | PegdownExtensions.STRIKETHROUGH
                    | PegdownExtensions.DEFINITIONS);
            String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(MARKDOWN));
            new Yaml().load("title: warm-up\ndate: 2026-01-01\nlist: [a, b]\n");
            Template template = new Template("preload", new StringReader("<p>${page.title}<#list page.items as i>${i}</#list></p>"),
                    new Configuration(Configuration.VERSION_2_3_31));
            template.process(Map.of("page", Map.of("title", "warm-up", "items", List.of(1, 2))), new StringWriter());
            Jsoup.parse(html).getAllElements().forEach(element -> element.attributes().size());
            QrSvg.of("https://example.org/warm-up/", "warm-up");
        } catch (Exception | LinkageError e) {
            // Only a head start: the stages load what they need themselves and report their own errors.
        }
    }
}
