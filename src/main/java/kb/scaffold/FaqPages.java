package kb.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.content.ContentTypes;
import kb.content.Permalinks;

/**
 * The pages of a type of questions ({@code questions: true}) a new question can go to: {@code content/<folder>.md}
 * and the topic pages {@code content/<folder>/*.md} whose front matter names that type (an overview such as
 * {@code content/<folder>/index.md} may be a plain page). Without a folder, the pages at the top of content/.
 */
final class FaqPages {

    private final ContentTypes.Type type;
    private final Path folder;
    private final String shownFolder;
    private final List<Path> files;

    private FaqPages(ContentTypes.Type type, Path folder, String shownFolder, List<Path> files) {
        this.type = type;
        this.folder = folder;
        this.shownFolder = shownFolder;
        this.files = files;
    }

    static FaqPages in(Path contentFolder, ContentTypes.Type type) throws IOException {
        Pattern ofType = Pattern.compile("\\A---\\R(?:(?!---\\R).*\\R)*?" + ContentTypes.TYPE_KEY + ":[ \\t]*[\"']?"
                + Pattern.quote(type.name()) + "[\"']?[ \\t]*\\R");
        List<Path> candidates = new ArrayList<>();
        Path folder = type.folder() == null ? contentFolder : contentFolder.resolve(type.folder());
        if (type.folder() != null) {
            candidates.add(contentFolder.resolve(type.folder() + ".md"));
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(candidates::add);
            }
        }
        List<Path> found = new ArrayList<>();
        for (Path file : candidates) {
            if (Files.isRegularFile(file) && ofType.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                found.add(file);
            }
        }
        String shown = type.folder() == null ? "content/" : "content/" + type.folder() + "/";
        return new FaqPages(type, folder, shown, List.copyOf(found));
    }

    /** Every page of the type, in file name order. */
    List<Path> files() {
        return files;
    }

    /** The topic page {@code content/<folder>/<slug>.md}, which may not exist yet. */
    Path topic(String slug) throws Scaffolder.ScaffoldException {
        String label = type.label();
        if (!Permalinks.slugify(slug).equals(slug) || slug.equals("index")) {
            throw new Scaffolder.ScaffoldException("\"--page " + slug + "\" is not the name of " + article(label) + " "
                    + label + " page: use the file name of a page in " + shownFolder + " without .md, in lower case "
                    + "with hyphens, e.g. --page timing");
        }
        Path file = folder.resolve(slug + ".md");
        if (Files.exists(file) && !files.contains(file)) {
            throw new Scaffolder.ScaffoldException(shownFolder + slug + ".md is not " + article(label) + " " + label
                    + " page (its type is not " + type.name() + "): name " + article(label) + " " + label
                    + " page with --page" + choices());
        }
        return file;
    }

    /** The only page of the type, when there is exactly one; otherwise the writer must choose with --page. */
    Path only(Function<Path, String> display) throws Scaffolder.ScaffoldException {
        if (files.size() == 1) {
            return files.get(0);
        }
        String label = type.label();
        if (files.isEmpty()) {
            throw new Scaffolder.ScaffoldException("there is no " + label + " page yet: name the new one with --page, "
                    + "e.g. --page timing writes " + shownFolder + "timing.md");
        }
        throw new Scaffolder.ScaffoldException("there are " + files.size() + " " + label + " pages ("
                + String.join(", ", files.stream().map(display).toList()) + "): say which one the question belongs "
                + "on with --page" + choices());
    }

    private String choices() {
        List<String> slugs = files.stream().filter(f -> f.getParent().equals(folder))
                .map(f -> f.getFileName().toString().replaceFirst("\\.md$", "")).toList();
        return slugs.isEmpty() ? ", e.g. --page timing" : ", one of: " + String.join(", ", slugs);
    }

    /** "an" before a label read with a vowel sound at its start (an FAQ page, an exercise page), else "a". */
    private static String article(String label) {
        return label.matches("(?i)[aeiou].*|[FHLMNRSX]([A-Z].*|)") ? "an" : "a";
    }
}
