package bench;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Vanilla JBake 2.7.0 on the benchmark corpus: {@code Oven} with its default in-memory OrientDB, JBake headers and
 * plain Freemarker templates equivalent to ours (same layout, title, summary, body; section pages list their
 * type). Run as its own process by {@link Benchmark}: {@code VanillaSite <site> <output>}.
 */
public final class VanillaSite {

    private VanillaSite() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        errors.forEach(e -> System.err.println("error: " + e.getMessage()));
        System.exit(errors.isEmpty() ? 0 : 1);
    }

    /** Writes the vanilla site's jbake.properties and templates into {@code site}. */
    static void writeSettings(Path site) {
        CorpusGenerator.writeString(site.resolve("jbake.properties"), String.join("\n",
                "site.title=Runner's Massage KB", "site.clinic=Stride Sports Massage Clinic",
                "site.host=https://kb.stride-massage.example",
                "template.injury.file=injury.ftl", "template.technique.file=technique.ftl",
                "template.faq.file=faq.ftl", "template.page.file=page.ftl",
                // Our build writes no feed, archive or tag pages; content/index.md is the home page.
                "render.index=false", "render.feed=false", "render.archive=false", "render.tags=false",
                "render.sitemap=false",
                "markdown.extensions=TABLES,FENCED_CODE_BLOCKS,AUTOLINKS,STRIKETHROUGH,DEFINITIONS",
                "content.folder=content", "template.folder=templates", "asset.folder=assets", "render.encoding=UTF-8",
                ""));
        CorpusGenerator.writeString(site.resolve("assets/css/site.css"), "body { font-family: sans-serif; }\n");
        CorpusGenerator.writeString(site.resolve("templates/header.ftl"), """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>${content.title} · ${config.site_title}</title>
                <meta name="description" content="${content.summary!""}">
                <link rel="canonical" href="${config.site_host}/${content.uri}">
                <link rel="stylesheet" href="${content.rootpath}css/site.css">
                </head>
                <body>
                <a class="skip-link" href="#main">Skip to main content</a>
                <header class="site-header">
                  <a class="brand" href="${content.rootpath}">${config.site_title}</a>
                  <nav aria-label="Sections"><ul>
                    <li><a href="${content.rootpath}injuries/index.html">Injuries</a></li>
                    <li><a href="${content.rootpath}techniques/index.html">Techniques</a></li>
                    <li><a href="${content.rootpath}faq.html">FAQ</a></li>
                    <li><a href="${content.rootpath}about.html">About</a></li>
                  </ul></nav>
                </header>
                <main id="main" class="content">
                """);
        CorpusGenerator.writeString(site.resolve("templates/footer.ftl"), """
                </main>
                <footer class="site-footer">
                  <p>${config.site_clinic}. This site gives general information, not medical advice.
                     Read our <a href="${content.rootpath}disclaimer.html">medical disclaimer</a>.</p>
                </footer>
                </body>
                </html>
                """);
        for (String type : List.of("injury", "technique", "faq")) {
            CorpusGenerator.writeString(site.resolve("templates/" + type + ".ftl"), """
                    <#include "header.ftl">
                    <article class="%s">
                      <p class="breadcrumb"><a href="${content.rootpath}">Home</a></p>
                      <h1>${content.title}</h1>
                      <p class="lead">${content.summary}</p>
                      ${content.body}
                    </article>
                    <#include "footer.ftl">
                    """.formatted(type));
        }
        CorpusGenerator.writeString(site.resolve("templates/page.ftl"), """
                <#include "header.ftl">
                <article class="page">
                  <h1>${content.title}</h1>
                  ${content.body}
                  <#if content.lists??>
                  <ul class="page-list">
                  <#list (content.lists == "injury")?then(published_injurys, published_techniques) as p>
                    <li><a href="${content.rootpath}${p.uri}">${p.title}</a> <span class="summary">${p.summary}</span></li>
                  </#list>
                  </ul>
                  </#if>
                </article>
                <#include "footer.ftl">
                """);
    }
}
