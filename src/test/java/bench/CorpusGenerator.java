package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import kb.testing.FixtureCopy;

/**
 * Writes a synthetic site of N pages shaped like the real content: YAML front matter with type, dates and
 * cross-link lists, 600–1,500 words per page with the required headings, lists, a table, 3–8 internal links (some
 * with {@code #anchors}), 2–5 citations, and a bibliography of 200 entries. The same corpus is written twice:
 * {@code kb/} for our build (the project's real templates and settings) and {@code jbake/} with JBake
 * {@code key=value} headers and equivalent plain Freemarker templates for vanilla JBake. A third copy, {@code hugo/},
 * is the same Markdown with the same YAML front matter for Hugo, with the layouts of
 * {@code src/test/resources/bench/hugo-layouts}; section index pages become Hugo's {@code _index.md}, and
 * {@code [@key]} citations stay plain text there (Hugo has no bibliography). Seeded: same N, same files.
 */
public final class CorpusGenerator {

    static final int BIBLIOGRAPHY_SIZE = 200;
    private static final List<String> FIXED_PAGES = List.of("index", "about", "disclaimer", "faq",
            "injuries/index", "techniques/index");
    static final List<String> INJURY_SECTIONS = List.of("What it is", "Symptoms", "Causes and risk factors",
            "How massage may help", "What massage cannot do", "When not to massage", "When to see a doctor",
            "Self-care between sessions", "References");
    static final List<String> TECHNIQUE_SECTIONS = List.of("What happens in a session", "What it is used for",
            "What the evidence shows", "When not to have it", "Timing around runs and races", "References");
    private static final String[] WORDS = ("runner knee calf tendon muscle pain massage pressure stroke session week "
            + "training load recovery soreness stiffness evidence study review therapist doctor swelling rest easy "
            + "run race hill stairs hip foot ankle thigh shin heel arch strength stretch warm gentle firm slow steady "
            + "often usually may can help feel better worse after before during while most some small clear").split(" ");
    private static final String[] REGIONS = {"knee", "hip", "lower leg", "ankle", "foot", "thigh"};

    private final Path project;
    private final int pages;
    private final Random random;
    private final int techniques;
    private final int injuries;

    /** @param project the project folder whose templates, assets and jbake.properties the {@code kb/} copy uses */
    public CorpusGenerator(Path project, int pages) {
        if (pages < FIXED_PAGES.size() + 2) {
            throw new IllegalArgumentException("a corpus needs at least " + (FIXED_PAGES.size() + 2) + " pages");
        }
        this.project = project;
        this.pages = pages;
        this.random = new Random(pages);
        int topical = pages - FIXED_PAGES.size();
        this.techniques = Math.max(1, topical / 4);
        this.injuries = topical - techniques;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusGenerator <project-folder> <pages> <target-folder>");
            System.exit(2);
        }
        new CorpusGenerator(Path.of(args[0]), Integer.parseInt(args[1])).write(Path.of(args[2]));
    }

    /** Where the benchmark's Hugo layouts are kept, relative to the project folder. */
    static final String HUGO_LAYOUTS = "src/test/resources/bench/hugo-layouts";

    /** Writes {@code target/kb}, {@code target/jbake} and {@code target/hugo}, replacing what was there. */
    public void write(Path target) throws IOException {
        Path kb = target.resolve("kb");
        Path jbake = target.resolve("jbake");
        Path hugo = target.resolve("hugo");
        deleteTree(kb);
        deleteTree(jbake);
        deleteTree(hugo);
        FixtureCopy.copyTree(project.resolve("templates"), kb.resolve("templates"));
        FixtureCopy.copyTree(project.resolve("assets"), kb.resolve("assets"));
        Files.copy(project.resolve("jbake.properties"), kb.resolve("jbake.properties"));
        VanillaSite.writeSettings(jbake);
        writeString(kb.resolve("content/bibliography.yaml"), bibliography());
        for (Page page : pages()) {
            writeString(kb.resolve("content/" + page.path + ".md"), page.yamlHeader() + page.body);
            writeString(jbake.resolve("content/" + page.path + ".md"), page.jbakeHeader() + page.body);
            writeString(hugo.resolve("content/" + hugoPath(page.path) + ".md"), page.yamlHeader() + page.body);
        }
        writeHugoSettings(hugo);
    }

    /** Hugo reads a folder's {@code _index.md} as its section (or home) page; {@code index.md} would be a leaf page. */
    private static String hugoPath(String path) {
        return path.equals("index") || path.endsWith("/index") ? path.substring(0, path.length() - 5) + "_index" : path;
    }

    private void writeHugoSettings(Path hugo) throws IOException {
        writeString(hugo.resolve("hugo.toml"), String.join("\n",
                "baseURL = 'https://kb.stride-massage.example/'", "languageCode = 'en-GB'",
                "title = \"Runner's Massage KB\"",
                // Ours writes no tag pages and one feed (the home's), plus a sitemap, robots.txt and a search index.
                "disableKinds = ['taxonomy', 'term']", "enableRobotsTXT = true", "[taxonomies]",
                "[outputs]", "home = ['HTML', 'RSS', 'JSON']", "section = ['HTML']",
                "[params]", "clinic = 'Stride Sports Massage Clinic'", ""));
        writeString(hugo.resolve("static/css/site.css"), "body { font-family: sans-serif; }\n");
        FixtureCopy.copyTree(project.resolve(HUGO_LAYOUTS), hugo.resolve("layouts"));
    }

    /** One generated page: where it goes, its header fields and its Markdown body. */
    record Page(String path, String type, String title, String summary, List<String> extra, String body) {

        String yamlHeader() {
            StringBuilder out = new StringBuilder("---\n");
            out.append("type: ").append(type).append('\n');
            out.append("title: ").append(title).append('\n');
            out.append("summary: ").append(summary).append('\n');
            extra.forEach(line -> out.append(line).append('\n'));
            return out.append("---\n\n").toString();
        }

        String jbakeHeader() {
            return "title=" + title + "\ntype=" + type + "\nstatus=published\ndate=2026-11-25\nsummary=" + summary
                    + extra.stream().filter(line -> line.startsWith("lists: "))
                            .map(line -> "\nlists=" + line.substring(7)).findFirst().orElse("")
                    + "\n~~~~~~\n\n";
        }
    }

    List<Page> pages() {
        List<Page> out = new ArrayList<>();
        List<String> health = List.of("last_reviewed: 2026-11-25", "next_review: 2027-11-25",
                "reviewed_by: Clinic editorial team");
        out.add(new Page("index", "page", "Sports massage for runners", "Plain answers.", List.of(),
                "- [Injuries](injuries/index.md)\n- [Techniques](techniques/index.md)\n- [FAQ](faq.md)\n"));
        out.add(new Page("about", "page", "About", "Who writes this site.", List.of(), paragraphs(3)));
        out.add(new Page("disclaimer", "page", "Medical disclaimer", "Not medical advice.", List.of(), paragraphs(2)));
        out.add(new Page("injuries/index", "page", "Running injuries", "All injuries.", List.of("lists: injury"),
                paragraphs(1)));
        out.add(new Page("techniques/index", "page", "Techniques", "All techniques.", List.of("lists: technique"),
                paragraphs(1)));
        out.add(new Page("faq", "faq", "Questions runners ask", "Short answers.", health,
                body(List.of("How often should I have a massage?", "Should it hurt?", "References"), "")));
        for (int i = 1; i <= techniques; i++) {
            out.add(new Page("techniques/" + techniqueSlug(i), "technique", "Technique " + i + " " + word(),
                    "A " + word() + " stroke with " + word() + " pressure.", health, body(TECHNIQUE_SECTIONS, "../")));
        }
        for (int i = 1; i <= injuries; i++) {
            List<String> extra = new ArrayList<>(health);
            extra.add("region: " + REGIONS[random.nextInt(REGIONS.length)]);
            List<String> slugs = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                String slug = techniqueSlug(1 + random.nextInt(techniques));
                if (!slugs.contains(slug)) {
                    slugs.add(slug);
                }
            }
            extra.add("techniques: [" + String.join(", ", slugs) + "]");
            out.add(new Page("injuries/" + injurySlug(i), "injury", "Injury " + i + " " + word(),
                    "A " + word() + " ache in the " + word() + " that gets worse with " + word() + ".", extra,
                    body(INJURY_SECTIONS, "../")));
        }
        return out;
    }

    private String body(List<String> sections, String up) {
        int words = 600 + random.nextInt(901);
        int perSection = words / (sections.size() - 1);
        int links = 3 + random.nextInt(6);
        int citations = 2 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sections.size(); s++) {
            out.append("## ").append(sections.get(s)).append("\n\n");
            if (s == sections.size() - 1) {
                break; // References: the citation extension adds the list after this heading
            }
            int written = 0;
            while (written < perSection) {
                int n = Math.min(perSection - written, 40 + random.nextInt(40));
                out.append(sentences(n));
                written += n;
                if (links > 0 && random.nextInt(3) == 0) {
                    out.append(" See ").append(link(up)).append('.');
                    links--;
                }
                if (citations > 0 && random.nextInt(3) == 0) {
                    out.append(" ").append(citation());
                    citations--;
                }
                out.append("\n\n");
            }
            if (sections.get(s).equals("When to see a doctor")) {
                // Injury pages must say when to get help in a call-out (callout/missing); fixed text, so the
                // random sequence, and with it the rest of the corpus, stays as it was.
                out.append("> [!soon]\n> See a doctor or physiotherapist if the pain gets worse.\n\n");
            }
            switch (s % 4) {
                case 1 -> out.append("- ").append(sentences(8)).append("\n- ").append(sentences(10))
                        .append("\n- ").append(sentences(6)).append("\n\n");
                case 2 -> out.append("| week | easy runs | sessions |\n|---|---|---|\n| 1 | 3 | 1 |\n| 2 | 4 | 1 |\n| 3 | 4 | 2 |\n\n");
                default -> { }
            }
        }
        for (; links > 0; links--) {
            out.insert(out.lastIndexOf("## "), "Read more: " + link(up) + ".\n\n");
        }
        for (; citations > 0; citations--) {
            out.insert(out.lastIndexOf("## "), "Evidence " + citation() + ".\n\n");
        }
        return out.toString();
    }

    private String link(String up) {
        boolean toInjury = random.nextBoolean();
        String target = toInjury ? up + "injuries/" + injurySlug(1 + random.nextInt(injuries)) + ".md"
                : up + "techniques/" + techniqueSlug(1 + random.nextInt(techniques)) + ".md";
        if (random.nextInt(3) == 0) {
            List<String> headings = toInjury ? INJURY_SECTIONS : TECHNIQUE_SECTIONS;
            target += "#" + headings.get(random.nextInt(headings.size() - 1)).toLowerCase().replace(' ', '-');
        }
        return "[" + word() + " " + word() + "](" + target + ")";
    }

    private String citation() {
        if (random.nextInt(4) == 0) {
            return "[@" + citeKey(random.nextInt(BIBLIOGRAPHY_SIZE)) + "; @" + citeKey(random.nextInt(BIBLIOGRAPHY_SIZE)) + "]";
        }
        return "[@" + citeKey(random.nextInt(BIBLIOGRAPHY_SIZE)) + "]";
    }

    private String paragraphs(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(sentences(60)).append("\n\n");
        }
        return out.toString();
    }

    private String sentences(int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = word();
            boolean start = i % 12 == 0;
            if (i > 0) {
                out.append(start ? ". " : " ");
            }
            out.append(start ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return out.append('.').toString();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static String injurySlug(int i) {
        return String.format("injury-%05d", i);
    }

    static String techniqueSlug(int i) {
        return String.format("technique-%05d", i);
    }

    static String citeKey(int i) {
        return String.format("benchref%03d", i);
    }

    /** A synthetic bibliography in the shape of the real one; the entries are placeholders, not references. */
    private static String bibliography() {
        StringBuilder out = new StringBuilder("# Synthetic entries for the benchmark only: not real publications.\nreferences:\n");
        for (int i = 0; i < BIBLIOGRAPHY_SIZE; i++) {
            out.append("- key: ").append(citeKey(i)).append('\n')
                    .append("  authors:\n  - Author A\n  - Author B\n")
                    .append("  year: ").append(2000 + i % 25).append('\n')
                    .append("  title: Synthetic benchmark entry ").append(i).append('\n')
                    .append("  journal: Benchmark Journal\n")
                    .append("  volume: '").append(1 + i % 40).append("'\n")
                    .append("  pages: ").append(i).append("-").append(i + 9).append('\n');
        }
        return out.toString();
    }

    static void writeString(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
