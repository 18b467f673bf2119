package kb.site;

import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kb.callout.CalloutExtension;
import kb.callout.CalloutInspector;
import kb.citation.Bibliography;
import kb.citation.BibliographyReader;
import kb.citation.CitationExtension;
import kb.citation.CitationInspector;
import kb.citation.CitationStyle;
import kb.citation.CitationStyleSetting;
import kb.content.ContentTypes;
import kb.content.ContentTypesReader;
import kb.content.DocumentInspector;
import kb.content.FrontMatterSchema;
import kb.content.HeadingOutline;
import kb.content.KbMarkdownEngine;
import kb.content.LinkCollector;
import kb.content.MarkdownRenderer;
import kb.content.Permalinks;
import kb.content.SearchSections;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import kb.sanitize.OutsideLinks;
import kb.sanitize.RawHtmlInspector;
import kb.sanitize.SafeHtmlExtension;
import kb.search.SearchSynonyms;
import kb.snippet.SnippetExtension;
import kb.snippet.SnippetInspector;
import kb.snippet.SnippetLibrary;
import kb.claim.ClaimFinder;
import kb.content.PlaceholderFinder;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * A site folder and its {@code jbake.properties}, read through JBake's own configuration classes, checked before
 * anything is built: the folders exist and the Markdown settings are valid.
 */
public final class SiteConfig {

    /** Where the references as the last build formatted them are kept, in the site's folder. */
    private static final String FORMATTED_REFERENCES_CACHE = "target/formatted-references.properties";

    private final Path source;
    private final DefaultJBakeConfiguration jbake;
    private final Path content;
    private final Path templates;

    private SiteConfig(Path source, DefaultJBakeConfiguration jbake) {
        this.source = source;
        this.jbake = jbake;
        this.content = jbake.getContentFolder().toPath().toAbsolutePath().normalize();
        this.templates = jbake.getTemplateFolder().toPath().toAbsolutePath().normalize();
    }

    /** {@code kb.outputs}, checked by {@link #load}. */
    private Map<String, String> outputs = Map.of();
    /** The {@code kb.rule.*} settings and the mistakes in them, read by {@link #load}. */
    private RuleSettingsReader.Result rules;
    /** The citation style {@code kb.citation.style} names, and the mistake in it, read by {@link #load}. */
    private CitationStyleSetting.Result citationStyle;

    /** The setting that names the content types file, relative to the site folder. */
    static final String TYPES_KEY = "kb.types";

    public static SiteConfig load(Path source) throws ConfigException {
        if (!Files.isDirectory(source)) {
            throw new ConfigException("site folder " + source + " does not exist");
        }
        if (!Files.isRegularFile(source.resolve("jbake.properties"))) {
            throw new ConfigException("no jbake.properties in " + source + ": is this a site folder?");
        }
        DefaultJBakeConfiguration config;
        try {
            config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(),
                    source.resolve("target").toFile(), true);
        } catch (JBakeException e) {
            throw new ConfigException("cannot read jbake.properties: " + e.getMessage(), e);
        }
        SiteConfig site = new SiteConfig(source, config);
        for (Path folder : List.of(site.content, site.templates)) {
            if (!Files.isDirectory(folder)) {
                throw new ConfigException("folder " + source.relativize(folder) + " does not exist in " + source);
            }
        }
        site.outputs = site.readOutputs();
        site.rules = RuleSettingsReader.read(site);
        site.citationStyle = CitationStyleSetting.read(site.setting(CitationStyle.SETTING), source,
                site::displayName, site.lineOf(CitationStyle.SETTING));
        return site;
    }

    /**
     * The line of {@code jbake.properties} that sets {@code key} (1-based), or 0 when it is not written there
     * (a JBake default). Commons Configuration keeps no positions, so the file is read for the key's own line.
     */
    public int lineOf(String key) {
        try {
            List<String> lines = Files.readAllLines(source.resolve("jbake.properties"), java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith(key) && line.substring(key.length()).strip().matches("^[=:].*")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // Read once already by load(); without it the problem is reported without a line.
        }
        return 0;
    }

    /** What the site set for its rules ({@code kb.rule.<id>=...}), and the mistakes in those lines. */
    public RuleSettingsReader.Result rules() {
        return rules;
    }

    /**
     * The citation style the references are formatted in ({@code kb.citation.style}, docs/configuration.md), with
     * the mistake in the setting; after a mistake, the default style.
     */
    public CitationStyleSetting.Result citationStyle() {
        return citationStyle;
    }

    /** The content types file {@code kb.types} names, or null when it names none. */
    public Path typesFile() {
        Object value = jbake.get(TYPES_KEY);
        String name = value == null ? "" : value.toString().strip();
        return name.isEmpty() ? null : source.resolve(name).toAbsolutePath().normalize();
    }

    /**
     * The site's content types, from the file {@code kb.types} names (docs/configuration.md); null, with its
     * problems in {@code report}, when it is not named, cannot be read or has a mistake. Like the bibliography
     * it is read by the build and, under content/, not published.
     */
    public ContentTypes contentTypes(Report report) {
        Path file = typesFile();
        if (file == null) {
            int line = lineOf(TYPES_KEY);
            report.add(Problem.error(Rules.TYPES_FILE, "jbake.properties", line, line == 0 ? 0 : 1,
                    "jbake.properties does not name the content types file",
                    "add the line " + TYPES_KEY + "=content/types.yaml and declare the site's types there "
                            + "(docs/configuration.md, \"Content types\")"));
            return null;
        }
        ContentTypesReader.Result result = ContentTypesReader.read(file, displayName(file));
        if (!result.problems().isEmpty() && !Files.exists(file)) {
            // The mistake is the setting: name its line.
            int line = lineOf(TYPES_KEY);
            report.add(Problem.error(Rules.TYPES_FILE, "jbake.properties", line, line == 0 ? 0 : 1,
                    TYPES_KEY + " names \"" + displayName(file) + "\", which does not exist",
                    "create the file (docs/configuration.md shows one), or fix the name in jbake.properties"));
            return null;
        }
        report.addAll(result.problems());
        return result.types();
    }

    /** The value of a setting in {@code jbake.properties} (such as {@code kb.refs.mailto}), or null when unset. */
    public String setting(String key) {
        Object value = jbake.get(key);
        String text = value == null ? null : value instanceof Iterable<?> list ? String.join(",",
                java.util.stream.StreamSupport.stream(list.spliterator(), false).map(String::valueOf).toList())
                : String.valueOf(value);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The {@code content/} folder. */
    public Path contentFolder() {
        return content;
    }

    /** The folders a site is built from and an editor changes: content, templates and (if present) assets. */
    public List<Path> sourceFolders() {
        List<Path> folders = new ArrayList<>(List.of(content, templates));
        Path assets = jbake.getAssetFolder().toPath().toAbsolutePath().normalize();
        if (Files.isDirectory(assets)) {
            folders.add(assets);
        }
        return List.copyOf(folders);
    }

    /** JBake's configuration, writing into {@code destination}. */
    public JBakeConfiguration jbake(Path destination) {
        jbake.setDestinationFolder(destination.toFile());
        return jbake;
    }

    public JBakeConfiguration jbake() {
        return jbake;
    }

    public Path source() {
        return source;
    }

    public Path templates() {
        return templates;
    }

    /**
     * The site's bibliography, {@code content/bibliography.yaml}; its problems go into {@code report}. The file is
     * not a page (only {@code .md} files are) and is not published: {@link kb.assets.AssetPublisher} skips it. Its
     * references start being formatted in the site's citation style at once, while the pages are parsed.
     */
    public Bibliography bibliography(Report report) {
        Path file = content.resolve(Bibliography.FILE_NAME);
        BibliographyReader.Result result = BibliographyReader.read(file, displayName(file));
        report.addAll(result.problems());
        return result.bibliography().styled(citationStyle.style(), source.resolve(FORMATTED_REFERENCES_CACHE));
    }

    /**
     * The search synonyms, {@code content/search-synonyms.yaml}; its problems go into {@code report}. Like the
     * bibliography it is read by the build and not published.
     */
    public List<List<String>> searchSynonyms(Report report) {
        Path file = content.resolve(SearchSynonyms.FILE_NAME);
        SearchSynonyms synonyms = SearchSynonyms.read(file, displayName(file));
        report.addAll(synonyms.problems());
        return synonyms.groups();
    }

    /** The site's shared snippets, {@code content/_snippets/*.md}: not pages, not published, included by pages. */
    public SnippetLibrary snippets() {
        return SnippetLibrary.read(content.resolve(SnippetLibrary.FOLDER), this::displayName);
    }

    /**
     * The Markdown engine for this build, set up once from {@code markdown.extensions}, citing {@code bibliography},
     * including {@code snippets} and checking front matter against {@code types}.
     */
    public KbMarkdownEngine markdownEngine(Bibliography bibliography, SnippetLibrary snippets, ContentTypes types)
            throws ConfigException {
        List<DocumentInspector> inspectors = List.of(new LinkCollector(), new HeadingOutline(), new SearchSections(),
                new CitationInspector(), new RawHtmlInspector(), new SnippetInspector(), new CalloutInspector(),
                new ClaimFinder(), new PlaceholderFinder());
        MutableDataSet options = new MutableDataSet();
        options.set(CitationExtension.BIBLIOGRAPHY, bibliography);
        options.set(SnippetExtension.LIBRARY, snippets);
        MarkdownRenderer markdown;
        try {
            markdown = new MarkdownRenderer(jbake.getMarkdownExtensions(), List.of(SnippetExtension.create(),
                    CitationExtension.create(), CalloutExtension.create(), SafeHtmlExtension.create()), options, inspectors);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        return new KbMarkdownEngine(markdown, new FrontMatterSchema(types), source, content);
    }

    /** Every Markdown file under {@code content/}, sorted; files with unusable names are reported and left out. */
    List<Path> contentFiles(Report report) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".md") || hidden(file)
                        || file.startsWith(content.resolve(SnippetLibrary.FOLDER))
                        || OutsideLinks.leadsOutside(file, source)) {
                    continue;
                }
                String bad = Permalinks.badSegment(contentPath(file));
                if (bad != null) {
                    report.add(Problem.error(Rules.CONTENT_FILE_NAME, displayName(file), 0, 0,
                            "\"" + bad + "\" cannot be part of a page address",
                            "use lower-case letters a-z, digits and hyphens only, e.g. runners-knee.md"));
                    continue;
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private boolean hidden(Path file) {
        for (Path part : content.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A path relative to the site folder, with {@code /}: how files are named in messages. */
    public String displayName(Path file) {
        return source.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }

    /** A path relative to {@code content/}, with {@code /}. */
    public String contentPath(Path file) {
        return content.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }

    /** The template file name for a content type, from {@code template.<type>.file}, or null if none is set. */
    public String templateFor(String type) {
        Object value = jbake.get("template." + type + ".file");
        return value == null ? null : value.toString();
    }

    /**
     * Extra outputs rendered once per site: {@code kb.outputs=404.html:404.ftl, sitemap.xml:sitemap.ftl}. An
     * entry without its template would silently publish nothing: it is a configuration error.
     */
    public Map<String, String> extraOutputs() {
        return outputs;
    }

    private Map<String, String> readOutputs() throws ConfigException {
        Map<String, String> outputs = new LinkedHashMap<>();
        Object value = jbake.get("kb.outputs");
        List<String> entries = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> entries.add(String.valueOf(item)));
        } else if (value != null) {
            entries.add(value.toString());
        }
        for (String entry : entries) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ConfigException("kb.outputs entry \"" + entry.strip() + "\" in jbake.properties (line "
                        + lineOf("kb.outputs") + ") must be file:template, e.g. 404.html:404.ftl");
            }
            outputs.put(parts[0].strip(), parts[1].strip());
        }
        return outputs;
    }

    /** The site-wide outputs given (file → template), with each template named relative to the site folder. */
    public Map<String, String> extraOutputTemplates(Map<String, String> outputs) {
        Map<String, String> named = new LinkedHashMap<>();
        String folder = source.relativize(templates).toString().replace(File.separatorChar, '/');
        outputs.forEach((file, template) -> named.put(file, folder + "/" + template));
        return named;
    }

    /** The public address from {@code site.host}, without a trailing slash, or "" when not set. */
    public String host() {
        Object value = jbake.get("site.host");
        return value == null ? "" : value.toString().replaceFirst("/$", "");
    }

    /** All configuration keys with {@code .} replaced by {@code _}, as JBake's templates see them. */
    public Map<String, Object> templateConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        for (Iterator<String> keys = jbake.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            Object value = jbake.get(key);
            if (value != null) {
                config.put(key.replace('.', '_'), value);
            }
        }
        return config;
    }
}
