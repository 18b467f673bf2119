package kb.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kb.report.SourcePosition;

/**
 * Finds where a piece of rendered output was written, by searching the source files (content pages and
 * templates) for it. Used for output that has no tracked position: raw HTML in Markdown and template text.
 * Files are read once per validation.
 */
final class SourceSearch {

    /** A position in a named file. */
    record Location(String file, int line, int column) {
    }

    private final Path sourceFolder;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    SourceSearch(Path sourceFolder) {
        this.sourceFolder = sourceFolder;
    }

    /** The first position of {@code needle} in {@code file} (relative to the site folder), or null. */
    Location find(String file, String needle) {
        String text = text(file);
        int at = text.indexOf(needle);
        if (at < 0) {
            return null;
        }
        SourcePosition position = SourcePosition.ofOffset(text, at, 1);
        return new Location(file, position.line(), position.column());
    }

    /** The first of {@code files} that contains {@code needle}, searched in order, or null. */
    Location findIn(List<String> files, String needle) {
        for (String file : files) {
            Location found = find(file, needle);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The whole text of a source file, or "" if it cannot be read. */
    private String text(String file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                return Files.readString(sourceFolder.resolve(f).normalize(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return "";
            }
        });
    }
}
