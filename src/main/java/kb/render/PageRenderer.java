package kb.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kb.citation.BibliographyParts;
import kb.citation.CitationInspector;
import kb.citation.PageCitations;
import kb.citation.SiteBibliography;
import kb.content.ContentTypes;
import kb.content.HeadingOutline;
import kb.content.Permalinks;
import kb.content.SearchSections;
import kb.parallel.AllCores;
import kb.parallel.Later;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import kb.share.PageFacts;
import kb.share.QrSvg;
import kb.share.StructuredData;
import kb.sharecard.ShareCard;
import kb.sharecard.ShareCards;
import kb.site.CrossLinks;
import kb.site.FaqAnswers;
import kb.site.Page;
import kb.site.SiteConfig;
import kb.site.SiteIndex;
import kb.search.SearchIndex;
import kb.search.SectionTokens;

/**
 * Renders pages with the template of their type, and the site-wide outputs listed in {@code kb.outputs}.
 * The template model is JBake's ({@code content}, {@code config}) plus {@code site}: the per-type page lists,
 * computed once for the whole build. Each page's render records what it depended on ({@link Rendered}) so a
 * preview rebuild can tell which pages an edit affects. Freemarker templates are thread-safe once loaded, and each
 * page writes its own files, so pages may render on all cores.
 */
public final class PageRenderer {

    /**
     * What rendering one page produced besides its files: its problems, the {@code site} lists its templates read,
     * and what its model took from other pages (cross-link summaries, related questions). {@code file} is the page's
     * content file as problems name it.
     */
    public record Rendered(String file, List<Problem> problems, Set<String> siteKeys, Map<String, Object> fromOtherPages,
                           String shareImage) {
    }

    /** The share image of a page without its own {@code image} when it has no card ({@code kb.sharecard}). */
    public static final String DEFAULT_SHARE_IMAGE = "/img/share.png";

    private final SiteConfig site;
    private final SiteIndex index;
    private final CrossLinks links;
    private final Path output;
    private final Map<String, Object> siteModel;
    private final Map<String, Object> config;
    private final StructuredData structuredData;
    private final ContentTypes types;
    /** The questions of each question type, by type name. */
    private final Map<String, FaqAnswers> answers = new HashMap<>();
    private final TemplateRenderer templates;
    /** The pages' share cards; null for none (every page then uses {@link #DEFAULT_SHARE_IMAGE}). */
    private final ShareCards cards;
    private final boolean parallel;

    /** The placeholder in a {@code kb.outputs} file name for the slug of each bibliography part. */
    static final String PART = "{part}";

    /**
     * Placeholders in a {@code kb.outputs} file name, each with the {@code site} list whose entries it is written
     * for (by their {@code slug}); the entry is the template's {@code content.<name>}: {@value #PART} for the
     * bibliography's parts, {@code {shard}} for the search index's word groups, {@code {chunk}} for its page texts.
     */
    private static final Map<String, String> EXPANDED = Map.of(PART, "bibliography_parts",
            "{shard}", "search_shards", "{chunk}", "search_chunks");

    /**
     * @param searchTokens the tokens of the section texts the last search index of this site read (a new one for a
     *                     full build)
     * @param parallel whether pages and site-wide outputs are rendered on all cores (the files are the same either
     *                   way)
     */
    public PageRenderer(SiteConfig site, SiteIndex index, CrossLinks links, Path output, TemplateRenderer templates,
                 List<List<String>> searchSynonyms, ShareCards cards, SectionTokens searchTokens, boolean parallel) {
        this.templates = templates;
        this.parallel = parallel;
        this.cards = cards;
        this.site = site;
        this.index = index;
        this.links = links;
        this.output = output;
        this.config = site.templateConfig();
        this.siteModel = siteModel(index, outputNames(site, PART), outputNames(site, "{shard}")
                || outputNames(site, "{chunk}"), searchTokens);
        this.siteModel.put("search_synonyms", searchSynonyms);
        this.types = index.types();
        for (ContentTypes.Type type : types.questionTypes()) {
            answers.put(type.name(), new FaqAnswers(index, type.name()));
        }
        this.structuredData = new StructuredData(configText("site_title"), configText("site_host"),
                configText("site_clinic"));
    }

    public static TemplateRenderer templates(SiteConfig site) throws IOException {
        return new TemplateRenderer(site.templates().toFile(), site.source().relativize(site.templates()).toString());
    }

    /** The {@code site} lists of this build, by key (for comparing two builds). */
    public Map<String, Object> siteModel() {
        return siteModel;
    }

    /** Renders {@code pages} into the output folder; returns what each page's render produced, by URL. */
    public Map<String, Rendered> renderPages(Collection<Page> pages) {
        Map<String, Rendered> rendered = new HashMap<>();
        List<Page> list = List.copyOf(pages);
        List<Rendered> results = AllCores.map(list, parallel, this::renderPage);
        for (int i = 0; i < list.size(); i++) {
            rendered.put(list.get(i).url(), results.get(i));
        }
        return rendered;
    }

    /**
     * A site-wide output as last rendered: the {@code site} lists its template read, the list entry it was written
     * for (null for an output not expanded from a list), and its problem (null when it was written).
     */
    public record RenderedOutput(Set<String> siteKeys, Object entry, Problem problem) {
    }

    /** What {@link #renderExtras} did: every output's record, by file, and how many files it wrote. */
    public record RenderedOutputs(Map<String, RenderedOutput> outputs, int written) {
    }

    /**
     * Renders the site-wide outputs. In a run of changes ({@code before}: the last build's records, {@code
     * changedLists}: the {@code site} lists that changed since), an output is written again only when it is new,
     * failed last time, was written for a list entry that changed, or its template read a list that changed: an
     * edit to one page rewrites its search text and a few word groups, not the thousand files of the index.
     */
    public RenderedOutputs renderExtras(RenderFailures failures, Map<String, RenderedOutput> before,
                                        Set<String> changedLists) {
        List<Map.Entry<String, Output>> extras = List.copyOf(expandedOutputs().entrySet());
        // A split search index is a file per page and per word group: written on all cores, failures in list order.
        List<RenderedOutput> results = AllCores.map(extras, parallel, extra -> {
            RenderedOutput last = before.get(extra.getKey());
            boolean current = last != null && last.problem() == null
                    && Objects.equals(last.entry(), extra.getValue().entry())
                    && !RecordingMap.readsAny(last.siteKeys(), changedLists);
            return current ? null : renderExtra(extra);
        });
        Map<String, RenderedOutput> outputs = new LinkedHashMap<>();
        int written = 0;
        for (int i = 0; i < extras.size(); i++) {
            String file = extras.get(i).getKey();
            RenderedOutput result = results.get(i);
            if (result == null) {
                outputs.put(file, before.get(file));
                continue;
            }
            outputs.put(file, result);
            if (result.problem() == null) {
                written++;
            } else {
                failures.add(result.problem(), site.templates().getFileName() + "/" + extras.get(i).getValue().template(),
                        Permalinks.urlOfOutputFile(file));
            }
        }
        return new RenderedOutputs(outputs, written);
    }

    /** Writes one site-wide output; returns what its template read, and its problem if it could not be written. */
    private RenderedOutput renderExtra(Map.Entry<String, Output> extra) {
        Set<String> siteKeys = new HashSet<>();
        Map<String, Object> model = new HashMap<>();
        model.put("site", new RecordingMap(siteModel, siteKeys));
        model.put("config", config);
        String url = Permalinks.urlOfOutputFile(extra.getKey());
        Map<String, Object> content = new HashMap<>(Map.of("rootpath", Permalinks.rootPathOf(url),
                "title", extra.getKey(), "url", url));
        if (extra.getValue().entry() != null) {
            content.put(extra.getValue().name(), extra.getValue().entry());
        }
        model.put("content", content);
        String template = extra.getValue().template();
        Problem problem = null;
        try {
            write(output, extra.getKey(), templates.render(template, model,
                    site.templates().getFileName() + "/" + template));
        } catch (TemplateRenderer.RenderException e) {
            problem = e.problem();
        }
        return new RenderedOutput(Set.copyOf(siteKeys), extra.getValue().entry(), problem);
    }

    /**
     * The site-wide outputs of {@code kb.outputs}, file → template; a file name with a placeholder of
     * {@link #EXPANDED} is written once per entry of its list ({@code references/{part}/index.html} →
     * {@code references/a-f/index.html}).
     */
    public Map<String, String> outputs() {
        Map<String, String> outputs = new LinkedHashMap<>();
        expandedOutputs().forEach((file, output) -> outputs.put(file, output.template()));
        return outputs;
    }

    /** A site-wide output: its template and, if expanded from a list, the entry's name and the entry. */
    private record Output(String template, String name, Map<String, Object> entry) {
    }

    /**
     * The site-wide files a build whose site lists were {@code previous} wrote and this one does not (an expanded
     * output whose entry is gone, such as a deleted page's search text): an incremental build deletes them.
     */
    public Set<String> removedOutputs(Map<String, Object> previous) {
        Set<String> removed = new java.util.TreeSet<>(expandedOutputs(previous).keySet());
        removed.removeAll(expandedOutputs(siteModel).keySet());
        return removed;
    }

    private Map<String, Output> expandedOutputs() {
        return expandedOutputs(siteModel);
    }

    private Map<String, Output> expandedOutputs(Map<String, Object> lists) {
        Map<String, Output> outputs = new LinkedHashMap<>();
        site.extraOutputs().forEach((file, template) -> {
            String placeholder = placeholderIn(file);
            if (placeholder == null) {
                outputs.put(file, new Output(template, null, null));
            } else {
                String name = placeholder.substring(1, placeholder.length() - 1);
                for (Map<String, Object> entry : listOf(lists, placeholder)) {
                    outputs.put(file.replace(placeholder, String.valueOf(entry.get("slug"))),
                            new Output(template, name, entry));
                }
            }
        });
        return outputs;
    }

    private static String placeholderIn(String file) {
        return EXPANDED.keySet().stream().filter(file::contains).findFirst().orElse(null);
    }

    private static boolean outputNames(SiteConfig site, String placeholder) {
        return site.extraOutputs().keySet().stream().anyMatch(file -> file.contains(placeholder));
    }

    /** The parts of the bibliography ({@code slug}, {@code label}, {@code path}, {@code entries}); empty when not parted. */
    public List<Map<String, Object>> bibliographyParts() {
        return listOf(siteModel, PART);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Map<String, Object> lists, String placeholder) {
        return (List<Map<String, Object>>) lists.getOrDefault(EXPANDED.get(placeholder), List.of());
    }

    /**
     * What a page's model takes from other pages, by template key: the pages its links fields list, the pages
     * that list it (reverse lists), the questions its questions fields name. When it changes, the page must be
     * rendered again.
     */
    public Map<String, Object> fromOtherPages(Page page) {
        Map<String, Object> from = new LinkedHashMap<>();
        ContentTypes.Type type = types.type(page.type());
        for (ContentTypes.Field field : types.fieldsOf(type)) {
            if (field.list() == null) {
                continue;
            }
            if (field.kind() == ContentTypes.Kind.LINKS) {
                from.put(field.list(), index.summaries(links.linked(page, field.name())));
            } else if (field.kind() == ContentTypes.Kind.QUESTIONS) {
                from.put(field.list(), answers.get(field.to()).relatedTo(page, field.name()));
            }
        }
        for (ContentTypes.Field field : types.reverseLinksTo(type)) {
            from.put(field.reverse(), index.summaries(links.linkedFrom(page, field.name())));
        }
        return from;
    }

    private Rendered renderPage(Page page) {
        Report problems = new Report();
        Set<String> siteKeys = ConcurrentHashMap.newKeySet();
        Map<String, Object> fromOthers = fromOtherPages(page);
        String template = templateOf(page, problems);
        String shareImage = null;
        if (template != null) {
            Map<String, Object> content = contentModel(page, fromOthers);
            shareImage = shareImage(page, content);
            content.put("share_image", shareImage);
            Map<String, Object> model = new HashMap<>();
            model.put("content", content);
            model.put("site", new RecordingMap(siteModel, siteKeys));
            model.put("config", config);
            try {
                String html = templates.render(template, model, page.displayName());
                page.template(template);
                write(output, page.outputFile(), html);
                page.markRendered();
                // The handout's QR code is an image file beside the page: it costs the page's own weight nothing.
                String address = (String) content.get("address");
                write(output, qrFileOf(page.outputFile()), QrSvg.of(address, "QR code of " + address));
            } catch (TemplateRenderer.RenderException e) {
                problems.add(e.problem());
            }
            // A page that cannot be written (disk full, read-only folder) is not the page's fault: the FileFailure
            // stops the build with one message instead of one problem per page.
        }
        return new Rendered(page.displayName(), problems.problems(), Set.copyOf(siteKeys), fromOthers, shareImage);
    }

    /**
     * The address (from the site root) of the picture a link preview of the page shows: the page's own
     * {@code image}, else its share card, drawn (or taken from the cache) into {@code share.png} beside the page,
     * else, when cards cannot be drawn, the default picture.
     */
    private String shareImage(Page page, Map<String, Object> content) {
        String file = shareFileOf(page.outputFile());
        Object own = content.get("image");
        boolean hasOwn = own != null && !own.toString().isBlank();
        if (!hasOwn && cards != null) {
            ShareCard card = new ShareCard(page.title(), text(content.get("summary")), configText("site_clinic"),
                    configText("site_host"));
            if (cards.write(card, output.resolve(file))) {
                return "/" + file;
            }
        }
        // A preview rebuild writes in place: a card from before the page had its own image must not stay.
        try {
            Files.deleteIfExists(output.resolve(file));
        } catch (IOException e) {
            throw new FileFailure("delete", output.resolve(file), e);
        }
        return hasOwn ? own.toString() : DEFAULT_SHARE_IMAGE;
    }

    private String templateOf(Page page, Report report) {
        Object custom = page.model().get("template");
        String name = custom != null ? custom + ".ftl" : site.templateFor(page.type());
        int line = page.frontMatter().lineOf(custom != null ? "template" : "type");
        if (name == null) {
            report.add(Problem.error(Rules.TEMPLATE_MISSING, page.displayName(), line, 1,
                    "no template is set for " + page.type() + " pages",
                    "add \"template." + page.type() + ".file=" + page.type() + ".ftl\" to jbake.properties"));
            return null;
        }
        if (custom == null && !Files.isRegularFile(site.templates().resolve(name))) {
            // The mistake is the setting, not the pages: one problem at its line, with the pages it fails.
            String key = "template." + page.type() + ".file";
            report.add(Problem.error(Rules.TEMPLATE_MISSING, "jbake.properties", site.lineOf(key), 1,
                    key + " names \"" + site.source().relativize(site.templates().resolve(name)) + "\", which does not exist",
                    "create the template, or fix the name in jbake.properties"));
            return null;
        }
        if (!Files.isRegularFile(site.templates().resolve(name))) {
            report.add(Problem.error(Rules.TEMPLATE_MISSING, page.displayName(), line, 1,
                    "template \"" + site.source().relativize(site.templates().resolve(name)) + "\" does not exist",
                    "create the template, or use a template that exists in " + site.source().relativize(site.templates())));
            return null;
        }
        return name;
    }

    private Map<String, Object> contentModel(Page page, Map<String, Object> fromOthers) {
        Map<String, Object> content = new HashMap<>(page.model());
        content.put("url", page.url());
        content.put("path", page.url().substring(1));
        content.put("slug", page.slug());
        content.put("source", page.displayName());
        content.putAll(fromOthers);
        content.putAll(page.markdown().model());
        addSharing(page, content);
        return content;
    }

    /** The public address, its QR code for the printed handout, and the page's JSON-LD. */
    private void addSharing(Page page, Map<String, Object> content) {
        String address = configText("site_host") + page.url();
        content.put("address", address);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> headings = (List<Map<String, String>>) content.getOrDefault(HeadingOutline.KEY, List.of());
        List<String> cited = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> references = (List<Map<String, Object>>) content.getOrDefault(CitationInspector.MODEL_KEY, List.of());
        for (Map<String, Object> reference : references) {
            cited.add(text(reference.getOrDefault("address", reference.get("text"))));
        }
        ContentTypes.JsonLd schema = types.type(page.type()).jsonLd();
        String lastReviewed = isoDay(content.get("last_reviewed"));
        List<String> schemaTypes = lastReviewed != null && schema.reviewedType() != null
                ? List.of(schema.reviewedType()) : schema.types();
        content.put("json_ld", structuredData.jsonLd(new PageFacts(schemaTypes, address, page.title(),
                text(content.get("summary")), lastReviewed, text(content.get("reviewed_by")), schema.about(),
                schema.anatomy() == null ? null : text(content.get(schema.anatomy())), treatments(page, schema),
                types.type(page.type()).questions(), headings, cited, page.markdown().html())));
    }

    /** The pages of the links field the type's JSON-LD names as treatments: title, url and schema.org type. */
    private List<Map<String, String>> treatments(Page page, ContentTypes.JsonLd schema) {
        List<Map<String, String>> treatments = new ArrayList<>();
        if (schema.treatments() != null) {
            for (Page linked : links.linked(page, schema.treatments())) {
                ContentTypes.JsonLd theirs = types.type(linked.type()).jsonLd();
                String type = theirs.about() != null ? theirs.about() : theirs.types().get(0);
                treatments.add(Map.of("title", linked.title(), "url", linked.url(), "type", type));
            }
        }
        return treatments;
    }

    /** Writes a text file into the output, creating folders as needed. */
    static void write(Path root, String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileFailure("write", file, e);
        }
    }

    /** The files a page's render writes, relative to the output folder (for deleting a removed page's output). */
    public static List<String> filesOf(String url) {
        String page = Permalinks.outputFileOf(url);
        return List.of(page, qrFileOf(page), shareFileOf(page));
    }

    /** The page's share card beside its {@code …/index.html}. */
    private static String shareFileOf(String pageFile) {
        return pageFile.substring(0, pageFile.length() - "index.html".length()) + "share.png";
    }

    /** The handout's QR code beside a page's {@code …/index.html}. */
    private static String qrFileOf(String pageFile) {
        return pageFile.substring(0, pageFile.length() - "index.html".length()) + "qr.svg";
    }

    private String configText(String key) {
        Object value = config.get(key);
        return value == null ? "" : value.toString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Front matter dates are {@link Date}s at midnight UTC. */
    private static String isoDay(Object value) {
        return value instanceof Date date ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString() : null;
    }

    /**
     * @param parted  whether the bibliography is published in parts ({@value #PART} in a kb.outputs file name)
     * @param sharded whether the search index is published in parts ({@code {shard}} or {@code {chunk}})
     */
    private static Map<String, Object> siteModel(SiteIndex index, boolean parted, boolean sharded,
                                                 SectionTokens searchTokens) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("content_security_policy", SecurityPolicy.CONTENT);
        for (ContentTypes.Type type : index.types().types().values()) {
            model.put(type.plural(), index.summaries(index.ofType(type.name())));
        }
        model.put("all", index.summaries(index.pages()));
        List<Map<String, Object>> bibliography = SiteBibliography.model(index.bibliography(), citingPages(index));
        model.put("bibliography_parts", parted ? BibliographyParts.split(bibliography, BibliographyParts.MAX_ENTRIES) : List.of());
        model.put("bibliography", bibliography);
        model.put("search_stop_words", SearchIndex.STOP_WORDS);
        // Each its own key, so only the outputs that read a list are rendered again when it changes.
        if (sharded) {
            // Made on its own thread while the pages render (no page template reads it); the outputs that read it wait.
            Later<SearchIndex> search = new Later<>(() -> new SearchIndex(searchPages(index), searchTokens))
                    .start("kb-search-index");
            model.put("search_pages", new LaterList<>(search, SearchIndex::pages));
            model.put("search_shards", new LaterList<>(search, SearchIndex::shards));
            model.put("search_chunks", new LaterList<>(search, SearchIndex::chunks));
        } else {
            model.put("search_pages", searchPages(index));
        }
        return model;
    }

    /**
     * Every page with its text section by section, for the search index (its own key, so only the templates that
     * read it are rendered again when a page's text changes).
     */
    private static List<Map<String, Object>> searchPages(SiteIndex index) {
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Page page : index.pages()) {
            Map<String, Object> entry = new LinkedHashMap<>(index.summary(page));
            Object sections = page.markdown().model().get(SearchSections.KEY);
            entry.put("sections", sections != null ? sections : List.of());
            pages.add(Collections.unmodifiableMap(entry));
        }
        return List.copyOf(pages);
    }

    /** Each page with what it cites, for the "cited on" links of the references page. */
    private static List<SiteBibliography.CitingPage> citingPages(SiteIndex index) {
        List<SiteBibliography.CitingPage> pages = new ArrayList<>();
        for (Page page : index.pages()) {
            PageCitations citations = page.markdown().fact(PageCitations.class);
            if (citations != null && !citations.cited().isEmpty()) {
                pages.add(new SiteBibliography.CitingPage(index.summary(page), citations));
            }
        }
        return pages;
    }
}
