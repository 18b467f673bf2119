package kb.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.content.FrontMatter;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Cross-links declared once in front matter: an injury lists the slugs of the techniques that may help; the
 * technique pages get the reverse list ("used for") from the same data. Unknown slugs are errors at the line of
 * the list item.
 */
public final class CrossLinks {

    private final Map<String, List<Page>> techniquesOf = new LinkedHashMap<>();
    private final Map<String, List<Page>> usedFor = new LinkedHashMap<>();

    public CrossLinks(SiteIndex index, Report report) {
        for (Page injury : index.ofType("injury")) {
            List<Page> techniques = new ArrayList<>();
            FrontMatter.Entry entry = injury.frontMatter().entry("techniques");
            Object value = injury.model().get("techniques");
            if (entry == null || !(value instanceof List<?> slugs)) {
                continue;
            }
            for (int i = 0; i < slugs.size(); i++) {
                String slug = String.valueOf(slugs.get(i));
                Page technique = index.find("technique", slug);
                int line = i < entry.itemLines().size() ? entry.itemLines().get(i) : entry.line();
                if (technique == null) {
                    // The page with that file name may exist but could not be read: that error comes first.
                    report.addFollowOn(Problem.error(Rules.FRONT_MATTER_UNKNOWN_SLUG, injury.displayName(), line, 1,
                            "\"techniques\" names \"" + slug + "\", but there is no technique page with that slug",
                            "use the file name of a page in content/techniques/ without .md, e.g. " + known(index)),
                            report.unbuilt().causeOfSlug(slug));
                    continue;
                }
                techniques.add(technique);
                usedFor.computeIfAbsent(technique.url(), k -> new ArrayList<>()).add(injury);
            }
            techniquesOf.put(injury.url(), techniques);
        }
    }

    private static String known(SiteIndex index) {
        List<String> slugs = new ArrayList<>();
        for (Page page : index.ofType("technique")) {
            slugs.add(page.slug());
        }
        return slugs.isEmpty() ? "(there are no technique pages yet)" : String.join(", ", slugs);
    }

    /** The technique pages an injury page lists, in the order written. */
    public List<Page> techniquesOf(Page injury) {
        return techniquesOf.getOrDefault(injury.url(), List.of());
    }

    /** The injury pages that list a technique, in title order. */
    public List<Page> usedFor(Page technique) {
        return usedFor.getOrDefault(technique.url(), List.of());
    }
}
