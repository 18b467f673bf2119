package kb.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.content.ContentTypes;
import kb.content.FrontMatter;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Cross-links declared once in front matter: a links field ({@code kind: links} in the types file) lists the slugs
 * of pages of another type; those pages get the reverse list from the same data when the field names one
 * ({@code reverse:}). Unknown slugs are errors at the line of the list item.
 */
public final class CrossLinks {

    /** By page URL, then field: the pages it links to, in the order written. */
    private final Map<String, Map<String, List<Page>>> linked = new HashMap<>();
    /** By page URL, then field: the pages that link to it, in the order of their types, then by title. */
    private final Map<String, Map<String, List<Page>>> linkedFrom = new HashMap<>();

    public CrossLinks(SiteIndex index, Report report) {
        ContentTypes types = index.types();
        for (ContentTypes.Type type : types.types().values()) {
            for (ContentTypes.Field field : types.fieldsOf(type)) {
                if (field.kind() == ContentTypes.Kind.LINKS) {
                    for (Page page : index.ofType(type.name())) {
                        link(page, field, types.type(field.to()), index, report);
                    }
                }
            }
        }
    }

    private void link(Page page, ContentTypes.Field field, ContentTypes.Type target, SiteIndex index, Report report) {
        List<Page> targets = new ArrayList<>();
        FrontMatter.Entry entry = page.frontMatter().entry(field.name());
        Object value = page.model().get(field.name());
        if (entry == null || !(value instanceof List<?> slugs)) {
            return;
        }
        for (int i = 0; i < slugs.size(); i++) {
            String slug = String.valueOf(slugs.get(i));
            Page other = index.find(target.name(), slug);
            int line = i < entry.itemLines().size() ? entry.itemLines().get(i) : entry.line();
            if (other == null) {
                // The page with that file name may exist but could not be read: that error comes first.
                String folder = target.folder() == null ? "content/" : "content/" + target.folder() + "/";
                report.addFollowOn(Problem.error(Rules.FRONT_MATTER_UNKNOWN_SLUG, page.displayName(), line, 1,
                        "\"" + field.name() + "\" names \"" + slug + "\", but there is no " + target.label()
                                + " page with that slug",
                        "use the file name of a page in " + folder + " without .md, e.g. " + known(index, target)),
                        report.unbuilt().causeOfSlug(slug));
                continue;
            }
            targets.add(other);
            linkedFrom.computeIfAbsent(other.url(), k -> new HashMap<>())
                    .computeIfAbsent(field.name(), k -> new ArrayList<>()).add(page);
        }
        linked.computeIfAbsent(page.url(), k -> new HashMap<>()).put(field.name(), targets);
    }

    private static String known(SiteIndex index, ContentTypes.Type type) {
        List<String> slugs = new ArrayList<>();
        for (Page page : index.ofType(type.name())) {
            slugs.add(page.slug());
        }
        return slugs.isEmpty() ? "(there are no " + type.label() + " pages yet)" : String.join(", ", slugs);
    }

    /** The pages {@code page} lists in its links field {@code field}, in the order written. */
    public List<Page> linked(Page page, String field) {
        return linked.getOrDefault(page.url(), Map.of()).getOrDefault(field, List.of());
    }

    /** The pages that list {@code page} in their links field {@code field}. */
    public List<Page> linkedFrom(Page page, String field) {
        return linkedFrom.getOrDefault(page.url(), Map.of()).getOrDefault(field, List.of());
    }
}
