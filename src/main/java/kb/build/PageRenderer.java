package kb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kb.content.FrontMatterSchema;
import kb.render.TemplateRenderer;
import kb.report.Problem;
import kb.report.Report;

/**
 * Renders pages with the template of their type, and the site-wide outputs listed in {@code kb.outputs}.
 * The template model is JBake's ({@code content}, {@code config}) plus {@code site}: the per-type page lists,
 * computed once for the whole build. Each page's render records what it depended on ({@link Rendered}) so a
 * preview rebuild can tell which pages an edit affects. Freemarker templates are thread-safe once loaded, and each
 * page writes its own file, so pages may render on all cores.
 */
final class PageRenderer {

    /**
     * What rendering one page produced besides its file: its problems, the {@code site} lists its templates read,
     * and the cross-link summaries its model held.
     */
    record Rendered(List<Problem> problems, Set<String> siteKeys, List<Map<String, Object>> linked) {
    }

    private final SiteConfig site;
    private final SiteIndex index;
    private final CrossLinks links;
    private final Path output;
    private final Map<String, Object> siteModel;
    private final Map<String, Object> config;
    private final TemplateRenderer templates;

    PageRenderer(SiteConfig site, SiteIndex index, CrossLinks links, Path output, TemplateRenderer templates) {
        this.site = site;
        this.index = index;
        this.links = links;
        this.output = output;
        this.templates = templates;
        this.config = site.templateConfig();
        this.siteModel = siteModel(index);
    }

    static TemplateRenderer templates(SiteConfig site) throws IOException {
        return new TemplateRenderer(site.templates().toFile(), site.source().relativize(site.templates()).toString());
    }

    /** The {@code site} lists of this build, by key (for comparing two builds). */
    Map<String, Object> siteModel() {
        return siteModel;
    }

    /** Renders {@code pages} into the output folder; returns what each page's render produced, by URL. */
    Map<String, Rendered> renderPages(Collection<Page> pages, boolean parallel) {
        Map<String, Rendered> rendered = new ConcurrentHashMap<>();
        (parallel ? pages.parallelStream() : pages.stream()).forEach(page -> rendered.put(page.url(), renderPage(page)));
        return rendered;
    }

    /** Renders the site-wide outputs; returns the number of files written. */
    int renderExtras(Report report) {
        int written = 0;
        for (Map.Entry<String, String> extra : site.extraOutputs().entrySet()) {
            Map<String, Object> model = new HashMap<>();
            model.put("site", siteModel);
            model.put("config", config);
            model.put("content", Map.of("rootpath", rootPathOfFile(extra.getKey()), "title", extra.getKey()));
            try {
                String text = templates.render(extra.getValue(), model, site.templates().getFileName() + "/" + extra.getValue());
                SiteBuilder.write(output, extra.getKey(), text);
                written++;
            } catch (TemplateRenderer.RenderException e) {
                report.add(e.problem());
            }
        }
        return written;
    }

    /** The cross-link summaries a page's model holds: techniques of an injury, injuries of a technique. */
    List<Map<String, Object>> linkedSummaries(Page page) {
        return switch (page.type()) {
            case "injury" -> index.summaries(links.techniquesOf(page));
            case "technique" -> index.summaries(links.usedFor(page));
            default -> List.of();
        };
    }

    private Rendered renderPage(Page page) {
        List<Problem> problems = new ArrayList<>();
        Set<String> siteKeys = ConcurrentHashMap.newKeySet();
        List<Map<String, Object>> linked = linkedSummaries(page);
        String template = templateOf(page, problems);
        if (template != null) {
            Map<String, Object> model = new HashMap<>();
            model.put("content", contentModel(page, linked));
            model.put("site", new RecordingMap(siteModel, siteKeys));
            model.put("config", config);
            try {
                String html = templates.render(template, model, page.displayName());
                page.html(html);
                SiteBuilder.write(output, page.outputFile(), html);
            } catch (TemplateRenderer.RenderException e) {
                problems.add(e.problem());
            } catch (UncheckedIOException e) {
                problems.add(Problem.error("output/write", page.displayName(), 0, 0,
                        "cannot write " + page.outputFile() + ": " + e.getCause().getMessage(), "check free disk space"));
            }
        }
        return new Rendered(List.copyOf(problems), Set.copyOf(siteKeys), linked);
    }

    private String templateOf(Page page, List<Problem> problems) {
        Object custom = page.model().get("template");
        String name = custom != null ? custom + ".ftl" : site.templateFor(page.type());
        int line = page.frontMatter().lineOf(custom != null ? "template" : "type");
        if (name == null) {
            problems.add(Problem.error("template/missing", page.displayName(), line, 1,
                    "no template is set for " + page.type() + " pages",
                    "add \"template." + page.type() + ".file=" + page.type() + ".ftl\" to jbake.properties"));
            return null;
        }
        if (!Files.isRegularFile(site.templates().resolve(name))) {
            problems.add(Problem.error("template/missing", page.displayName(), line, 1,
                    "template \"" + site.source().relativize(site.templates().resolve(name)) + "\" does not exist",
                    "create the template, or use a template that exists in " + site.source().relativize(site.templates())));
            return null;
        }
        return name;
    }

    private Map<String, Object> contentModel(Page page, List<Map<String, Object>> linked) {
        Map<String, Object> content = new HashMap<>(page.model());
        content.put("url", page.url());
        content.put("path", page.url().substring(1));
        content.put("slug", page.slug());
        content.put("source", page.displayName());
        if ("injury".equals(page.type())) {
            content.put("technique_pages", linked);
        }
        if ("technique".equals(page.type())) {
            content.put("used_for", linked);
        }
        content.putAll(page.markdown().model());
        return content;
    }

    private static Map<String, Object> siteModel(SiteIndex index) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (String type : FrontMatterSchema.TYPES) {
            model.put(plural(type), index.summaries(index.ofType(type)));
        }
        model.put("all", index.summaries(index.pages()));
        return model;
    }

    private static String plural(String type) {
        return switch (type) {
            case "injury" -> "injuries";
            case "faq" -> "faqs";
            default -> type + "s";
        };
    }

    private static String rootPathOfFile(String relative) {
        return "../".repeat((int) relative.chars().filter(c -> c == '/').count());
    }

}
