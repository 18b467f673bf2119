package kb.report;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the build could not make, each with the problem already reported that explains it: pages that could not be
 * parsed or rendered (by address), and source files that could not be read, wholly or in part (a page whose front
 * matter is broken, a bibliography with a YAML error). A check that finds an address missing, a name unknown or a
 * page unlinked asks here first: if the absence follows from a reported failure, its finding is a follow-on of
 * that failure ({@link Report#addFollowOn}), not a second message for the same mistake.
 */
public final class Unbuilt {

    private final Map<String, Problem> pages = new ConcurrentHashMap<>();
    private final Map<String, Problem> sources = new ConcurrentHashMap<>();
    private final Map<String, Problem> unreadPages = new ConcurrentHashMap<>();

    /** The page at {@code url} (e.g. {@code /injuries/x/}) was not built because of {@code cause}. */
    public void page(String url, Problem cause) {
        pages.putIfAbsent(url, Objects.requireNonNull(cause));
    }

    /**
     * The source file {@code file} (as problems name it) could not be read, wholly or in part, because of
     * {@code cause}: what it would have named, listed or published is unknown.
     */
    public void source(String file, Problem cause) {
        sources.putIfAbsent(file, Objects.requireNonNull(cause));
    }

    /**
     * The content file {@code file}, to be published at {@code url}, could not be read because of {@code cause}:
     * its address is known, its type, names, questions and links are not.
     */
    public void unreadPage(String url, String file, Problem cause) {
        page(url, cause);
        source(file, cause);
        unreadPages.putIfAbsent(file, cause);
    }

    /** The first failure of a page that could not be read, or null: a question or a name may be on that page. */
    public Problem anyUnreadPage() {
        return first(unreadPages, key -> true);
    }

    /** The failure that explains why the page at a site path (fragment and missing final slash allowed) is absent. */
    public Problem causeOf(String sitePath) {
        if (pages.isEmpty() || sitePath == null) {
            return null;
        }
        int hash = sitePath.indexOf('#');
        String path = hash < 0 ? sitePath : sitePath.substring(0, hash);
        Problem cause = pages.get(path);
        return cause != null || path.endsWith("/") ? cause : pages.get(path + "/");
    }

    /** The failure of an unbuilt page whose file name is {@code slug} (its address ends in {@code /slug/}). */
    public Problem causeOfSlug(String slug) {
        return first(pages, url -> url.endsWith("/" + slug + "/"));
    }

    /** Why {@code file} could not be read, or null when it was read. */
    public Problem causeIn(String file) {
        return sources.get(file);
    }

    /**
     * The first failure of a source that could not be read, or null: while one is unread, a name or an address
     * nothing else explains may be its own (a short link, an FAQ question, a reference).
     */
    public Problem anyUnreadSource() {
        return first(sources, key -> true);
    }

    /** The first failure of a page other than {@code url}, or null: the links such a page would hold are unknown. */
    public Problem anyOtherThan(String url) {
        return first(pages, other -> !other.equals(url));
    }

    public boolean isEmpty() {
        return pages.isEmpty() && sources.isEmpty();
    }

    /** The first matching failure in report order, so the same one is named whatever order checks run in. */
    private static Problem first(Map<String, Problem> causes, java.util.function.Predicate<String> keep) {
        return causes.entrySet().stream().filter(e -> keep.test(e.getKey())).map(Map.Entry::getValue)
                .min(Comparator.nullsLast(Problem.ORDER)).orElse(null);
    }
}
