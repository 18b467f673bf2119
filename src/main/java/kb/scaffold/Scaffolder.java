package kb.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.content.ContentTypes;
import kb.content.Permalinks;
import kb.content.RequiredSections;
import kb.files.WholeFile;

/**
 * Creates content for {@code kb new}: a page of any type of the site's types file, in the type's {@code folder}
 * (or at the top of {@code content/}); for a type of questions ({@code questions: true}), a question as a new
 * section of one of its pages ({@code content/<folder>/<topic>.md}, see {@link FaqPages}) placed before its
 * References heading. Never overwrites anything.
 */
public final class Scaffolder {

    private static final Pattern HEADING = Pattern.compile("(?m)^##[ \\t]+(.+?)[ \\t#]*$");

    private final Path contentFolder;
    private final Path siteFolder;
    private final ContentTypes types;
    private final Clock clock;

    /**
     * @param siteFolder    the site folder, for the names in messages
     * @param contentFolder its {@code content/} folder
     * @param types         the site's content types
     * @param clock         gives today's date for {@code last_reviewed}
     */
    public Scaffolder(Path siteFolder, Path contentFolder, ContentTypes types, Clock clock) {
        this.siteFolder = siteFolder.toAbsolutePath().normalize();
        this.contentFolder = contentFolder.toAbsolutePath().normalize();
        this.types = types;
        this.clock = clock;
    }

    /** What was written: the file (relative to the site folder) and whether a question was added to it. */
    public record Created(String file, boolean appended) {
    }

    /** Creates a page of type {@code kind} titled {@code title}; throws {@link ScaffoldException} instead of overwriting. */
    public Created create(String kind, String title) throws ScaffoldException {
        return create(kind, title, null);
    }

    /**
     * Like {@link #create(String, String)}; for a question of a type of questions, {@code faqPage} names the topic
     * page by its slug ({@code timing} → {@code content/<folder>/timing.md}, created when new). Without it the
     * question goes to the only page of that type there is.
     */
    public Created create(String kind, String title, String faqPage) throws ScaffoldException {
        ContentTypes.Type type = types.type(kind);
        if (type == null) {
            throw new ScaffoldException("cannot create \"" + kind + "\": use one of " + String.join(", ", types.names()));
        }
        if (faqPage != null && !type.questions()) {
            throw new ScaffoldException("--page names the page of a new question; it does not apply to " + kind
                    + " pages: leave it out");
        }
        String cleanTitle = title.strip();
        String slug = Permalinks.slugify(cleanTitle);
        if (slug.isEmpty() || cleanTitle.contains("\n")) {
            throw new ScaffoldException("\"" + title + "\" cannot be a title: write one line with at least one letter or digit");
        }
        LocalDate today = LocalDate.now(clock);
        try {
            if (type.questions()) {
                return addQuestion(type, cleanTitle, slug, faqPage, today);
            }
            Path file = contentFolder.resolve((type.folder() == null ? "" : type.folder() + "/") + slug + ".md");
            Files.createDirectories(file.getParent());
            try {
                Files.writeString(file, PageSkeleton.page(types, type, cleanTitle, today), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new ScaffoldException(display(file) + " already exists; it was left as it is. "
                        + "Open it to edit it, or choose another title");
            }
            return new Created(display(file), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + contentFolder + ": " + e.getMessage(), e);
        }
    }

    private Created addQuestion(ContentTypes.Type type, String question, String anchor, String page, LocalDate today)
            throws IOException, ScaffoldException {
        FaqPages pages = FaqPages.in(contentFolder, type);
        // A questions field finds answers by anchor across all pages of the type, so an anchor may exist only once.
        for (Path other : pages.files()) {
            String existing = questionWithAnchor(Files.readString(other, StandardCharsets.UTF_8), anchor);
            if (existing != null) {
                throw new ScaffoldException(display(other) + " already has the question \"" + existing + "\" (#"
                        + anchor + "); edit that answer instead");
            }
        }
        Path target = page != null ? pages.topic(page) : pages.only(this::display);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Files.writeString(target, PageSkeleton.page(types, type, question, today), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Created(display(target), false);
        }
        String text = Files.readString(target, StandardCharsets.UTF_8);
        Matcher heading = HEADING.matcher(text);
        int references = -1;
        while (heading.find()) {
            if (heading.group(1).equals(RequiredSections.REFERENCES)) {
                references = heading.start();
            }
        }
        String section = PageSkeleton.question(question);
        String updated = references >= 0
                ? text.substring(0, references) + section + text.substring(references)
                : text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + section.stripTrailing() + "\n";
        WholeFile.write(target, updated); // the editor's page: never left half-written
        return new Created(display(target), true);
    }

    /** The text of the {@code ##} heading whose anchor is {@code anchor}, or null. */
    private static String questionWithAnchor(String text, String anchor) {
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            if (Permalinks.slugify(heading.group(1)).equals(anchor)) {
                return heading.group(1);
            }
        }
        return null;
    }

    private String display(Path file) {
        return siteFolder.relativize(file).toString().replace('\\', '/');
    }

    /** The request cannot be carried out (unknown kind, unusable title, the file exists): a usage error. */
    public static final class ScaffoldException extends Exception {
        public ScaffoldException(String message) {
            super(message);
        }
    }
}
