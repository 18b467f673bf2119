package kb.validate;

import java.nio.file.Path;
import kb.build.SiteIndex;

/**
 * What the checks look at: every page (with its source facts and rendered HTML) and the folder the site was
 * written to, before it is published.
 */
public record BuiltSite(SiteIndex index, Path sourceFolder, Path outputFolder) {
}
