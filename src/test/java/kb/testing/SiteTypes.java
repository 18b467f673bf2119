package kb.testing;

import java.nio.file.Path;
import kb.content.ContentTypes;
import kb.content.ContentTypesReader;

/** A site's content types for unit tests, read from its types file; a mistake in the file fails the test. */
public final class SiteTypes {

    private SiteTypes() {
    }

    /** The types of the real site, {@code content/types.yaml}. */
    public static ContentTypes real() {
        return of(Path.of("content/types.yaml"));
    }

    /** The types declared in {@code file}. */
    public static ContentTypes of(Path file) {
        ContentTypesReader.Result result = ContentTypesReader.read(file, file.toString());
        if (!result.problems().isEmpty()) {
            throw new AssertionError("the types file " + file + " has mistakes: " + result.problems());
        }
        return result.types();
    }
}
