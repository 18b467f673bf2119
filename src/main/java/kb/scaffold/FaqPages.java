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
import kb.content.Permalinks;

/**
 * The FAQ pages a new question can go to: {@code content/faq.md} and the topic pages {@code content/faq/*.md}
 * whose front matter says {@code type: faq} (the overview {@code content/faq/index.md} is a plain page).
 */
final class FaqPages {

    private static final Pattern FAQ_TYPE = Pattern.compile("\\A---\\R(?:(?!---\\R).*\\R)*?type:[ \\t]*[\"']?faq[\"']?[ \\t]*\\R");

    private final Path folder;
    private final List<Path> files;

    private FaqPages(Path folder, List<Path> files) {
        this.folder = folder;
        this.files = files;
    }

    static FaqPages in(Path contentFolder) throws IOException {
        List<Path> candidates = new ArrayList<>();
        candidates.add(contentFolder.resolve("faq.md"));
        Path folder = contentFolder.resolve("faq");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(candidates::add);
            }
        }
        List<Path> faqs = new ArrayList<>();
        for (Path file : candidates) {
            if (Files.isRegularFile(file) && FAQ_TYPE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                faqs.add(file);
            }
        }
        return new FaqPages(folder, List.copyOf(faqs));
    }

    /** Every FAQ page, in file name order. */
    List<Path> files() {
        return files;
    }

    /** The topic page {@code content/faq/<slug>.md}, which may not exist yet. */
    Path topic(String slug) throws Scaffolder.ScaffoldException {
        if (!Permalinks.slugify(slug).equals(slug) || slug.equals("index")) {
            throw new Scaffolder.ScaffoldException("\"--page " + slug + "\" is not the name of an FAQ page: use the "
                    + "file name of a page in content/faq/ without .md, in lower case with hyphens, e.g. --page timing");
        }
        Path file = folder.resolve(slug + ".md");
        if (Files.exists(file) && !files.contains(file)) {
            throw new Scaffolder.ScaffoldException("content/faq/" + slug + ".md is not an FAQ page (its type is not "
                    + "faq): name an FAQ page with --page" + choices());
        }
        return file;
    }

    /** The only FAQ page, when there is exactly one; otherwise the writer must choose with --page. */
    Path only(Function<Path, String> display) throws Scaffolder.ScaffoldException {
        if (files.size() == 1) {
            return files.get(0);
        }
        if (files.isEmpty()) {
            throw new Scaffolder.ScaffoldException("there is no FAQ page yet: name the new one with --page, "
                    + "e.g. --page timing writes content/faq/timing.md");
        }
        throw new Scaffolder.ScaffoldException("there are " + files.size() + " FAQ pages ("
                + String.join(", ", files.stream().map(display).toList()) + "): say which one the question belongs "
                + "on with --page" + choices());
    }

    private String choices() {
        List<String> slugs = files.stream().filter(f -> f.getParent().equals(folder))
                .map(f -> f.getFileName().toString().replaceFirst("\\.md$", "")).toList();
        return slugs.isEmpty() ? ", e.g. --page timing" : ", one of: " + String.join(", ", slugs);
    }
}
