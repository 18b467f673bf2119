package kb.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kb.content.Permalinks;

/**
 * Names of published files and folders follow the rule of page names ({@link Permalinks#SLUG}: lower-case letters
 * a-z, digits and single hyphens), with dots between parts for the file type ({@code site.css},
 * {@code jquery.min.js}), so every address can be pasted as it is. A backslash, a space, an upper-case letter, an
 * underscore or an accented letter is refused: JBake copied {@code ..\evil.txt} to the site root as it was, and
 * a Windows server reads that name as a path out of the folder.
 */
final class AssetNames {

    private static final Pattern NAME = Pattern.compile(Permalinks.SLUG.pattern() + "(?:\\." + Permalinks.SLUG.pattern() + ")*");

    private AssetNames() {
    }

    static boolean isValid(String name) {
        return NAME.matcher(name).matches();
    }

    /** The text after the last dot (not counting a leading one), or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    /** A valid name close to {@code name}: {@code "Knee Photo.PNG"} → {@code knee-photo.png}. */
    static String suggest(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            String slug = Permalinks.slugify(part);
            if (!slug.isEmpty()) {
                parts.add(slug);
            }
        }
        return parts.isEmpty() ? "file" : String.join(".", parts);
    }
}
