package kb.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule the build checks, in one place: each is a constant, so code names a rule by its constant and a
 * misspelt id cannot compile, and {@link Problem} accepts only registered ids. {@code kb rules} lists them and
 * docs/checks.md's table is written from them ({@link RuleTable}).
 *
 * <p>Adding a rule is one line here, in its area: {@code public static final Rule AREA_NAME = error("area/name",
 * "what it catches");} ({@code warning}, or {@code security}/{@code input}/{@code settings} for an error a site must
 * not switch off). The order of the constants is the order of {@code kb rules} and of the docs table.
 */
public final class Rules {

    // Declared before the constants: each factory below registers its rule here, in declaration order.
    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    private Rules() {
    }

    public static final Rule LINK_MISSING_PAGE = error("link/missing-page",
            "a link (Markdown, raw HTML or template) to a page or file that does not exist");
    public static final Rule LINK_MISSING_IMAGE = error("link/missing-image",
            "a Markdown image whose file does not exist");
    public static final Rule LINK_MISSING_ANCHOR = error("link/missing-anchor",
            "a `#anchor` that is not an id on the target page (or on the same page)");
    public static final Rule LINK_OUTSIDE_SITE = security("link/outside-site",
            "a link that leads outside the site (`../../etc/passwd`)");
    public static final Rule LINK_UNSAFE_URL = security("link/unsafe-url",
            "a `javascript:`, `vbscript:` or `data:` address in a link or raw HTML");
    public static final Rule LINK_MALFORMED = error("link/malformed",
            "an external link that is not a usable address (no host, unknown scheme)");
    public static final Rule LINK_INSECURE = warning("link/insecure",
            "an external link with `http:` instead of `https:`");
    public static final Rule LINK_EXTERNAL_DEAD = error("link/external-dead",
            "with `--online` only: an external link whose server answered 404 or 410");
    public static final Rule LINK_EXTERNAL_UNREACHABLE = warning("link/external-unreachable",
            "with `--online` only: an external link whose server could not be reached");
    public static final Rule LINK_CACHE = warning("link/cache",
            "with `--online` only: the link cache `target/link-cache.properties` could not be written");

    public static final Rule IMAGE_MISSING_ALT = error("image/missing-alt",
            "a Markdown image with empty alt text, or an `<img>` without an `alt` attribute");

    public static final Rule ASSET_MISSING = error("asset/missing",
            "a stylesheet, script or image used by a template or raw HTML, or named by `image:`, that does not exist");
    public static final Rule ASSET_EXTERNAL = security("asset/external",
            "an image in raw HTML loaded from another site (it would tell that site who reads the page)");
    public static final Rule ASSET_UNSAFE_SVG = security("asset/unsafe-svg",
            "an SVG image with script, event handlers, external references, or not saved as UTF-8");
    public static final Rule ASSET_SECRET = security("asset/secret",
            "a key, password or settings file (or hidden folder such as `.git/`) under `assets/` or `content/`; not published");
    public static final Rule ASSET_LEFTOVER = warning("asset/leftover",
            "a file the system or an editor leaves behind (`.DS_Store`, swap, lock or backup file, other hidden files); not published");
    public static final Rule ASSET_PAGE_SOURCE = error("asset/page-source",
            "a Markdown page source where it would be published as a file (under `assets/`, or not ending in `.md`); not published");
    public static final Rule ASSET_MARKUP = error("asset/markup",
            "an HTML, template or script file among the published files; not published");
    public static final Rule ASSET_NOTES = error("asset/notes",
            "a plain text file (notes, to-do list) among the published files; not published");
    public static final Rule ASSET_FILE_TYPE = error("asset/file-type",
            "a file whose type is not on the publish allow-list, `kb.assets.PublishedTypes`: css, js, png, jpg/jpeg,"
                    + " gif, webp, avif, svg, ico, woff, woff2, pdf, and html from `assets/` only");
    public static final Rule ASSET_FILE_NAME = error("asset/file-name",
            "a file or folder name under `assets/` or `content/` that cannot be part of a web address");

    public static final Rule ASSETS_COPY = input("assets/copy",
            "a file that could not be copied into the site (disk full, permission denied)");

    public static final Rule SHARE_NO_FONTS = warning("share/no-fonts",
            "the pages' share images (link previews) cannot be drawn: Java finds no installed font; pages use"
                    + " `img/share.png`");

    public static final Rule FILE_EMPTY = input("file/empty",
            "a content file that is empty");
    public static final Rule FILE_TOO_LARGE = input("file/too-large",
            "a content file larger than 2048 KB");
    public static final Rule FILE_ENCODING = input("file/encoding",
            "a content file that is not UTF-8 (e.g. saved as UTF-16 or Latin-1)");
    public static final Rule FILE_UNREADABLE = input("file/unreadable",
            "a content file the build cannot read (permission denied, deleted while building)");
    public static final Rule FILE_OUTSIDE_LINK = security("file/outside-link",
            "a symbolic link that leads outside the site folder");

    public static final Rule CONTENT_FILE_NAME = input("content/file-name",
            "a content file or folder name that cannot be part of a page address");
    public static final Rule CONTENT_DUPLICATE_URL = input("content/duplicate-url",
            "two content files that would be published at the same address");
    public static final Rule CONTENT_UNPARSED = input("content/unparsed",
            "a content file JBake could not read");

    public static final Rule FRONT_MATTER_MISSING = input("front-matter/missing",
            "a file that does not start with front matter, starts it below line 1, or uses a JBake header");
    public static final Rule FRONT_MATTER_UNCLOSED = input("front-matter/unclosed",
            "front matter whose closing `---` line is missing");
    public static final Rule FRONT_MATTER_SYNTAX = input("front-matter/syntax",
            "front matter that is not valid YAML `key: value` lines (tabs, a list instead of fields)");
    public static final Rule FRONT_MATTER_DUPLICATE_KEY = input("front-matter/duplicate-key",
            "a front matter key given twice");
    public static final Rule FRONT_MATTER_UNKNOWN_KEY = input("front-matter/unknown-key",
            "a front matter key that is not a field, or not a field of the page's type (with did-you-mean)");
    public static final Rule FRONT_MATTER_REQUIRED = input("front-matter/required",
            "a missing front matter field that the page's type requires (`type`, and those in its `required:` list)");
    public static final Rule FRONT_MATTER_UNKNOWN_TYPE = input("front-matter/unknown-type",
            "a `type` that the site's content types file does not declare");
    public static final Rule FRONT_MATTER_EMPTY = input("front-matter/empty",
            "a front matter field without a value");
    public static final Rule FRONT_MATTER_KIND = input("front-matter/kind",
            "a front matter value of the wrong kind (a list where text is expected, `draft: yes`)");
    public static final Rule FRONT_MATTER_DATE = input("front-matter/date",
            "a date that is not `YYYY-MM-DD` or not a real day");
    public static final Rule FRONT_MATTER_VALUE = error("front-matter/value",
            "a value outside the field's allowed values (e.g. `region`), with did-you-mean");
    public static final Rule FRONT_MATTER_UNKNOWN_SLUG = error("front-matter/unknown-slug",
            "an entry of a `kind: links` field naming no page of the type the field links to");
    public static final Rule FRONT_MATTER_FAQ_ANCHOR = error("front-matter/faq-anchor",
            "an entry of a `kind: questions` field that is not the anchor of a question on exactly one page of the type it names");
    public static final Rule FRONT_MATTER_REVIEW_ORDER = error("front-matter/review-order",
            "`next_review` not after `last_reviewed`");

    public static final Rule SECTION_MISSING = error("section/missing",
            "a page without one of the [required `##` sections](writing.md#sections) of its type (exact text)");
    public static final Rule SECTION_ORDER = error("section/order",
            "a `## References` section that is not the last one");

    public static final Rule CITATION_UNKNOWN_KEY = error("citation/unknown-key",
            "a `[@key]` that is not in the bibliography");
    public static final Rule CITATION_SYNTAX = error("citation/syntax",
            "a citation not written as `[@key]`, `[@a; @b]` or `[@key, p. 4]`");

    public static final Rule CLAIM_UNCITED = warning("claim/uncited",
            "a sentence with a figure, a percentage or an appeal to research (\"studies show\") and no citation",
            "add a citation such as [@key] before the full stop, or reword the sentence");

    public static final Rule CALLOUT_UNKNOWN_KIND = error("callout/unknown-kind",
            "`> [!word]` that names no call-out kind (`practice`, `emergency`, `urgent`, `soon`)");
    public static final Rule CALLOUT_MISSING = error("callout/missing",
            "a page whose type has a `care_callout` with no `[!emergency]`, `[!urgent]` or `[!soon]` call-out");
    public static final Rule SNIPPET_UNKNOWN = error("snippet/unknown",
            "`{{< snippet NAME >}}` naming no file in `content/_snippets/`");
    public static final Rule SNIPPET_CYCLE = error("snippet/cycle",
            "snippets that include themselves, directly or through others");

    public static final Rule SEARCH_SYNONYMS_SYNTAX = error("search/synonyms-syntax",
            "`content/search-synonyms.yaml` is not valid YAML, or has no `synonyms:` list at the top");
    public static final Rule SEARCH_SYNONYMS_GROUP = error("search/synonyms-group",
            "a synonym group that is not a `[...]` list, has fewer than two different words, or holds an entry that is"
                    + " not a word or phrase");
    public static final Rule SEARCH_SYNONYMS_ENCODING = error("search/synonyms-encoding",
            "`content/search-synonyms.yaml` is not saved as UTF-8");
    public static final Rule SEARCH_SYNONYMS_UNREADABLE = error("search/synonyms-unreadable",
            "`content/search-synonyms.yaml` cannot be read");

    public static final Rule BIBLIOGRAPHY_SYNTAX = input("bibliography/syntax",
            "`content/bibliography.yaml` is not valid YAML or not a `references:` list of `field: value` entries");
    public static final Rule BIBLIOGRAPHY_ENCODING = input("bibliography/encoding",
            "`content/bibliography.yaml` is not saved as UTF-8");
    public static final Rule BIBLIOGRAPHY_UNREADABLE = input("bibliography/unreadable",
            "`content/bibliography.yaml` cannot be read");
    public static final Rule BIBLIOGRAPHY_REQUIRED = error("bibliography/required",
            "a bibliography entry without its key, authors, title, year, journal or publisher");
    public static final Rule BIBLIOGRAPHY_EVIDENCE_MISSING = error("bibliography/evidence-missing",
            "a bibliography entry without its evidence kind or finding (an imported or added entry waits for them)");
    public static final Rule BIBLIOGRAPHY_EVIDENCE_KIND = error("bibliography/evidence-kind",
            "an `evidence:` kind that is not one of the seven in docs/writing.md (with did-you-mean)");
    public static final Rule BIBLIOGRAPHY_DUPLICATE_KEY = error("bibliography/duplicate-key",
            "two bibliography entries with the same key");
    public static final Rule BIBLIOGRAPHY_DUPLICATE_FIELD = error("bibliography/duplicate-field",
            "a field given twice in one bibliography entry");
    public static final Rule BIBLIOGRAPHY_UNKNOWN_FIELD = error("bibliography/unknown-field",
            "an unknown field in a bibliography entry (with did-you-mean)");
    public static final Rule BIBLIOGRAPHY_FORMAT = error("bibliography/format",
            "a bibliography key that cannot be cited, or a malformed DOI, PMID, year or address");
    public static final Rule BIBLIOGRAPHY_UNUSED = warning("bibliography/unused",
            "a bibliography entry no page cites");

    public static final Rule REFS_IMPORT_SYNTAX = input("refs/import-syntax",
            "`kb refs import`: a file that is not valid BibTeX, RIS or CSL-JSON (nothing is added)");
    public static final Rule REFS_IMPORT_REQUIRED = error("refs/import-required",
            "`kb refs import`: a reference without authors, title, year, or journal or publisher (it is not added)");
    public static final Rule REFS_ALREADY_THERE = warning("refs/already-there",
            "`kb refs import` and `add`: a reference whose DOI or PMID is already in the bibliography (not added again)");
    public static final Rule REFS_MISMATCH = error("refs/mismatch",
            "`kb refs verify`: a title, year, first author, journal, volume or pages that Crossref or PubMed give otherwise");
    public static final Rule REFS_NOT_FOUND = error("refs/not-found",
            "`kb refs verify`: a DOI that Crossref does not know, or a PMID that PubMed does not know");
    public static final Rule REFS_DOI_PMID = error("refs/doi-pmid",
            "`kb refs verify`: an entry whose DOI and PMID point to different papers");
    public static final Rule REFS_UNCHECKED = warning("refs/unchecked",
            "`kb refs verify --offline`: an entry never checked, or changed since its check (run `kb refs verify` online)");

    public static final Rule HTML_UNSAFE = security("html/unsafe",
            "raw HTML outside the [safelist](writing.md#raw-html-in-pages): a tag, attribute, event handler or inline style that is not allowed, an unfinished tag or an unclosed comment");
    public static final Rule HTML_UNSAFE_AFTER_RENDER = security("html/unsafe-after-render",
            "a rendered page body that still holds something unsafe after the raw HTML check (a second net)");
    public static final Rule HTML_DUPLICATE_ID = error("html/duplicate-id",
            "an `id` used twice on one page");

    public static final Rule MARKDOWN_TOO_DEEP = security("markdown/too-deep",
            "Markdown nested so deeply (quotes, lists, brackets, emphasis, HTML) that it cannot be built safely");

    public static final Rule TEMPLATE_MISSING = input("template/missing",
            "a template that does not exist (in `jbake.properties`, for a page's type, or in an `<#include>`)");
    public static final Rule TEMPLATE_SYNTAX = input("template/syntax",
            "a Freemarker syntax error in a template");
    public static final Rule TEMPLATE_ERROR = input("template/error",
            "an error while rendering a page with its template (e.g. a value the page does not have)");
    public static final Rule TEMPLATE_IO = input("template/io",
            "a template file that cannot be read");

    public static final Rule OUTPUT_UNSAFE = security("output/unsafe",
            "a built page without the Content-Security-Policy meta tag, or with inline script, style or event handlers");

    public static final Rule PAGE_UNLINKED = warning("page/unlinked",
            "a page that no other page links to (the home page excepted)",
            "link to it from a related page or a section index, or mark it draft: true");
    public static final Rule PAGE_PLACEHOLDER = error("page/placeholder",
            "a `TODO` or other placeholder left in a page (a warning on drafts)",
            "replace it with the real text; a page that is not ready keeps \"draft: true\" in its front matter, "
                    + "which keeps it out of the published site");

    public static final Rule REVIEW_OVERDUE = warning("review/overdue",
            "a page whose `next_review` date has passed");

    public static final Rule REDIRECT_SYNTAX = error("redirect/syntax",
            "`redirects.yaml` that is not a list of `old: new` lines");
    public static final Rule REDIRECT_BAD_URL = error("redirect/bad-url",
            "a redirect from an address that is not a site URL");
    public static final Rule REDIRECT_CONFLICT = error("redirect/conflict",
            "a redirect from an address that is a page of the site");
    public static final Rule REDIRECT_DUPLICATE = error("redirect/duplicate",
            "an address that is declared as a redirect twice");
    public static final Rule REDIRECT_MISSING_TARGET = error("redirect/missing-target",
            "a redirect to an address the site does not publish (a page or a site-wide output)");

    public static final Rule PERMALINK_REMOVED = error("permalink/removed",
            "a URL in `permalinks.txt` that is no longer published");
    public static final Rule PERMALINK_ANCHOR_REMOVED = error("permalink/anchor-removed",
            "a `url#anchor` in `permalinks.txt` that is no longer published");
    public static final Rule PERMALINK_UNLISTED = warning("permalink/unlisted",
            "published addresses not yet recorded in `permalinks.txt`");
    public static final Rule PERMALINK_UNREADABLE = input("permalink/unreadable",
            "`permalinks.txt` cannot be read");

    public static final Rule PREVIEW_REBUILD_FAILED = input("preview/rebuild-failed",
            "with `kb serve` only: the preview could not be rebuilt after a file was saved",
            "undo or simplify the last change and save again; if it keeps happening, run \"kb build\" and report "
                    + "what it prints");

    public static final Rule TYPES_FILE = settings("types/file",
            "the content types file (`kb.types` in `jbake.properties`) is not named, missing, unreadable or not UTF-8");
    public static final Rule TYPES_SYNTAX = settings("types/syntax",
            "the content types file is not valid YAML, or a setting in it has the wrong shape (text, list, true/false)");
    public static final Rule TYPES_SETTING = settings("types/setting",
            "an unknown, repeated, missing or misplaced setting of a field or type in the content types file");
    public static final Rule TYPES_KIND = settings("types/kind",
            "a field in the content types file whose `kind` is not text, date, boolean, list, links or questions");
    public static final Rule TYPES_REFERENCE = settings("types/reference",
            "a name in the content types file that is not declared there (a type in `to:`, a field in `required:`)");

    public static final Rule CONFIG_RULE = settings("config/rule",
            "a `kb.rule.<id>=` line in `jbake.properties` with an unknown rule or severity, or lowering a rule that cannot be switched off");

    public static final Rule CONFIG_CITATION_STYLE = settings("config/citation-style",
            "`kb.citation.style` in `jbake.properties` names neither a standard CSL style nor a `.csl` file of the site");
    public static final Rule CITATION_STYLE_SYNTAX = settings("citation-style/syntax",
            "the site's own `.csl` citation style is not valid XML, or not a CSL style that formats reference lists");

    public static final Rule SILENCE_UNKNOWN_RULE = settings("silence/unknown-rule",
            "a `<!-- kb:ignore rule: reason -->` comment naming a rule that does not exist");
    public static final Rule SILENCE_NOT_ALLOWED = settings("silence/not-allowed",
            "a `kb:ignore` comment for a rule that cannot be switched off");
    public static final Rule SILENCE_NO_REASON = settings("silence/no-reason",
            "a `kb:ignore` comment without a reason after the rule (`<!-- kb:ignore claim/uncited: why -->`)");
    public static final Rule SILENCE_UNUSED = warning("silence/unused",
            "a `kb:ignore` comment that silences nothing on its line or the next (stale)");

    /** Every rule, in declaration order. */
    public static List<Rule> all() {
        return List.copyOf(BY_ID.values());
    }

    /** The rule with this id, or null. */
    public static Rule byId(String id) {
        return BY_ID.get(id);
    }

    /** Every rule id, for "did you mean". */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    private static Rule error(String id, String description) {
        return error(id, description, "");
    }

    /** An error whose messages all share {@code hint}. */
    private static Rule error(String id, String description, String hint) {
        return register(new Rule(id, Severity.ERROR, Rule.Guard.NONE, description, hint));
    }

    private static Rule warning(String id, String description) {
        return warning(id, description, "");
    }

    /** A warning whose messages all share {@code hint}. */
    private static Rule warning(String id, String description, String hint) {
        return register(new Rule(id, Severity.WARNING, Rule.Guard.NONE, description, hint));
    }

    /** An error a site may not switch off: it keeps unsafe content out of the site. */
    private static Rule security(String id, String description) {
        return register(new Rule(id, Severity.ERROR, Rule.Guard.SECURITY, description, ""));
    }

    /** An error a site may not switch off: something could not be read or built. */
    private static Rule input(String id, String description) {
        return input(id, description, "");
    }

    /** An input error whose messages all share {@code hint}. */
    private static Rule input(String id, String description, String hint) {
        return register(new Rule(id, Severity.ERROR, Rule.Guard.INPUT, description, hint));
    }

    /** An error a site may not switch off: a mistake in the settings and comments that switch rules off. */
    private static Rule settings(String id, String description) {
        return register(new Rule(id, Severity.ERROR, Rule.Guard.SETTINGS, description, ""));
    }

    private static Rule register(Rule rule) {
        if (BY_ID.putIfAbsent(rule.id(), rule) != null) {
            throw new IllegalStateException("rule " + rule.id() + " is registered twice");
        }
        return rule;
    }
}
