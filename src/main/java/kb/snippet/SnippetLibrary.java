package kb.snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import kb.report.DidYouMean;
import kb.report.Problem;
import kb.report.Rules;

/**
 * The site's snippets, read once per build from {@code content/_snippets/} (the folder is neither pages nor
 * assets). A snippet that includes an unknown name, or takes part in a cycle of includes, is reported here, once,
 * at its include line; pages then include a snippet of a cycle as nothing, so the cycle gives no second message.
 */
public final class SnippetLibrary {

    /** The folder under {@code content/} that holds the snippets. */
    public static final String FOLDER = "_snippets";

    /** One snippet: its name, the file as messages show it, and its Markdown. */
    record Snippet(String name, String displayName, String text) {
    }

    private final Map<String, Snippet> snippets;
    private final Set<String> cyclic;
    private final List<Problem> problems;

    private SnippetLibrary(Map<String, Snippet> snippets, Set<String> cyclic, List<Problem> problems) {
        this.snippets = snippets;
        this.cyclic = cyclic;
        this.problems = List.copyOf(problems);
    }

    /** No snippets: every include names an unknown one. */
    public static SnippetLibrary empty() {
        return new SnippetLibrary(Map.of(), Set.of(), List.of());
    }

    /**
     * Reads every {@code .md} file of {@code folder} (none when it does not exist); {@code displayName} names a file
     * in messages.
     */
    public static SnippetLibrary read(Path folder, Function<Path, String> displayName) {
        Map<String, Snippet> snippets = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (Files.isRegularFile(file) && name.endsWith(".md") && !name.startsWith(".")) {
                        String key = name.substring(0, name.length() - 3);
                        snippets.put(key, new Snippet(key, displayName.apply(file),
                                Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Include>> includes = new LinkedHashMap<>();
        for (Snippet snippet : snippets.values()) {
            List<Include> found = includes(snippet);
            includes.put(snippet.name(), found);
            for (Include include : found) {
                if (!snippets.containsKey(include.name())) {
                    problems.add(unknown(include.name(), snippets.keySet(), snippet.displayName(), include.line(),
                            include.column()));
                }
            }
        }
        Set<String> cyclic = new LinkedHashSet<>();
        for (Snippet snippet : snippets.values()) {
            if (cyclic.contains(snippet.name())) {
                continue;
            }
            List<String> cycle = cycleFrom(snippet.name(), includes, new ArrayList<>());
            if (cycle != null) {
                cyclic.addAll(cycle);
                // Reported at the include line of the first snippet (by name) of the cycle that closes it.
                Include closing = includes.get(cycle.get(0)).stream()
                        .filter(i -> i.name().equals(cycle.size() > 1 ? cycle.get(1) : cycle.get(0))).findFirst().orElseThrow();
                List<String> path = new ArrayList<>(cycle);
                path.add(cycle.get(0));
                problems.add(Problem.error(Rules.SNIPPET_CYCLE, snippets.get(cycle.get(0)).displayName(), closing.line(),
                        closing.column(), "snippet \"" + cycle.get(0) + "\" includes itself"
                                + (cycle.size() > 1 ? " through " + String.join(" → ", path) : ""),
                        "remove one of these include lines; a snippet cannot contain itself"));
            }
        }
        return new SnippetLibrary(Map.copyOf(snippets), Set.copyOf(cyclic), problems);
    }

    /** The problems found while reading, each once. */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether a snippet of this name exists (it may still be left out for being in a cycle). */
    boolean has(String name) {
        return snippets.containsKey(name);
    }

    /** The Markdown of a snippet that can be included, or null (unknown, or part of a cycle). */
    String usableText(String name) {
        Snippet snippet = snippets.get(name);
        return snippet == null || cyclic.contains(name) ? null : snippet.text();
    }

    /** The file of a snippet as messages show it; the name must be known. */
    String displayName(String name) {
        return snippets.get(name).displayName();
    }

    /** The known names, sorted. */
    Set<String> names() {
        return new java.util.TreeSet<>(snippets.keySet());
    }

    static Problem unknown(String name, Set<String> known, String file, int line, int column) {
        List<String> closest = DidYouMean.closest(name, known, 2, 1);
        return Problem.error(Rules.SNIPPET_UNKNOWN, file, line, column,
                "there is no snippet \"" + name + "\"" + (closest.isEmpty() ? "" : "; did you mean \"" + closest.get(0) + "\"?"),
                known.isEmpty() ? "snippets are the files of content/" + FOLDER + "/, e.g. content/" + FOLDER + "/" + name + ".md"
                        : "use the name of a file in content/" + FOLDER + "/ without .md: "
                        + String.join(", ", new java.util.TreeSet<>(known)));
    }

    /** The first cycle reached from {@code name} that returns to it, as the names in order, or null. */
    private static List<String> cycleFrom(String name, Map<String, List<Include>> includes, List<String> path) {
        if (!path.isEmpty() && path.get(0).equals(name)) {
            return List.copyOf(path);
        }
        if (path.contains(name) || !includes.containsKey(name)) {
            return null;
        }
        path.add(name);
        for (Include include : includes.get(name)) {
            List<String> cycle = cycleFrom(include.name(), includes, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return null;
    }

    private record Include(String name, int line, int column) {
    }

    /** The include lines of a snippet, outside fenced code. */
    private static List<Include> includes(Snippet snippet) {
        List<Include> found = new ArrayList<>();
        String[] lines = snippet.text().split("\r?\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            }
            Matcher matcher = fenced ? null : SnippetSyntax.match(lines[i]);
            if (matcher != null) {
                found.add(new Include(matcher.group(1), i + 1, matcher.start(1) + 1));
            }
        }
        return found;
    }
}
