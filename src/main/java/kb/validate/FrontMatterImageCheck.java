package kb.validate;

import kb.site.Page;
import kb.content.FrontMatter;
import kb.content.MarkdownLinks;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * The {@code image:} front matter field (the picture shown in link previews) must name a file of the site,
 * written like a Markdown image: a site path ({@code /img/knee.png}) or a path relative to the page's address, as
 * images in Markdown are.
 */
final class FrontMatterImageCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            FrontMatter.Entry entry = page.frontMatter().entry("image");
            if (entry == null || !(page.model().get("image") instanceof String image)) {
                continue;
            }
            MarkdownLinks.Target target = MarkdownLinks.resolve(image, page.contentPath());
            if (target == null || site.hasTarget(target.path())) {
                continue; // external images are the external link checks' business
            }
            report.add(Problem.error(Rules.ASSET_MISSING, page.displayName(), entry.valueLine(), entry.valueColumn(),
                    "\"image\" names \"" + image + "\", but there is no file " + target.path() + " in the site",
                    "put the picture under assets/ (e.g. assets/img/knee.png) and write image: /img/knee.png"));
        }
    }
}
