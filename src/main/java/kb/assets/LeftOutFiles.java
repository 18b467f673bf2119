package kb.assets;

import java.util.Locale;
import java.util.Set;
import kb.report.Problem;
import kb.report.Rules;

/**
 * Why a file of {@code assets/} or {@code content/} is not published, as one problem that says what the file is and
 * what to do. Harmless leftovers (editor swap and backup files, operating-system files, editor and version-control
 * folders, other hidden files) are warnings: they are left out and nothing else goes wrong. Files that look like a
 * page, markup, a secret or private notes are errors: an editor meant to publish a page (and would get none), or
 * the file must not sit in a folder that is published at all.
 */
final class LeftOutFiles {

    private static final String DELETE_LEFTOVER = "delete it or move it out of the site folder (hidden files and editor"
            + " leftovers are never published, so this is only a reminder)";

    /** Folders that editors, version control and operating systems keep inside the folders they manage. */
    private static final Set<String> TOOL_FOLDERS = Set.of(".git", ".svn", ".hg", ".obsidian", ".vscode", ".idea",
            ".trash", ".trashes", ".spotlight-v100", ".fseventsd", ".temporaryitems");
    /** Folders that hold keys and passwords. */
    private static final Set<String> SECRET_FOLDERS = Set.of(".ssh", ".aws", ".gnupg", ".docker", ".kube");
    private static final Set<String> SECRET_NAMES = Set.of(".npmrc", ".netrc", ".pgpass", ".htpasswd",
            ".git-credentials", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519");
    private static final Set<String> SECRET_TYPES = Set.of("pem", "key", "p12", "pfx", "jks", "keystore", "ppk");
    private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini");
    private static final Set<String> SWAP_TYPES = Set.of("swp", "swo", "swn", "swx");
    private static final Set<String> BACKUP_TYPES = Set.of("bak", "tmp", "orig");
    private static final Set<String> MARKDOWN_TYPES = Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdx");
    private static final Set<String> WEB_PAGE_TYPES = Set.of("htm", "html", "xhtml", "xht", "shtml");
    private static final Set<String> XML_TYPES = Set.of("xml", "xsl", "xslt");
    private static final Set<String> SERVER_SCRIPT_TYPES = Set.of("php", "asp", "aspx", "jsp", "cgi");
    private static final Set<String> OTHER_MARKUP_TYPES = Set.of("adoc", "asciidoc", "ad", "rst", "textile", "ftl");
    private static final Set<String> TEXT_TYPES = Set.of("", "txt", "text", "log", "rtf");

    private LeftOutFiles() {
    }

    /** A hidden folder ({@code .git/}, {@code .obsidian/}): reported once for everything in it. */
    static Problem hiddenFolder(String folder, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SECRET_FOLDERS.contains(lower)) {
            return Problem.error(Rules.ASSET_SECRET, folder, 0, 0,
                    "hidden folder " + name + "/ usually holds keys or passwords;"
                    + " it was not published", "move it out of the site folder: nothing secret belongs in a folder"
                    + " that is published");
        }
        String what = TOOL_FOLDERS.contains(lower) ? " (kept by an editor, version control or the operating system)" : "";
        return Problem.warning(Rules.ASSET_LEFTOVER, folder, 0, 0, "hidden folder " + name + "/" + what
                + " is not published", DELETE_LEFTOVER);
    }

    /**
     * Why a file is left out: it is hidden, or its type is not on the allow-list.
     *
     * @param file     the path as written in messages, relative to the site folder
     * @param inAssets whether the file is under {@code assets/} (else under {@code content/})
     */
    static Problem file(String file, String name, boolean inAssets) {
        String lower = name.toLowerCase(Locale.ROOT);
        String type = AssetNames.extension(lower);
        if (lower.equals(".env") || lower.startsWith(".env.") || SECRET_NAMES.contains(lower) || SECRET_TYPES.contains(type)) {
            return Problem.error(Rules.ASSET_SECRET, file, 0, 0,
                    name + " looks like a key or a file of passwords and settings;"
                    + " it was not published", "move it out of the site folder: nothing secret belongs in a folder"
                    + " that is published (if it was ever published or committed, change the secrets it holds)");
        }
        if (SYSTEM_FILES.contains(lower) || lower.startsWith("._")) {
            return Problem.warning(Rules.ASSET_LEFTOVER, file, 0, 0,
                    name + " is a file the operating system leaves in folders;"
                    + " it is not published", DELETE_LEFTOVER);
        }
        if (SWAP_TYPES.contains(type) || lower.startsWith(".#") || lower.startsWith(".~lock.")) {
            return Problem.warning(Rules.ASSET_LEFTOVER, file, 0, 0,
                    name + " is an editor's working file (swap or lock file);"
                    + " it is not published", DELETE_LEFTOVER);
        }
        if (lower.endsWith("~") || lower.startsWith("#") && lower.endsWith("#") || BACKUP_TYPES.contains(type)) {
            return Problem.warning(Rules.ASSET_LEFTOVER, file, 0, 0, name + " is a backup copy left by an editor;"
                    + " it is not published", DELETE_LEFTOVER);
        }
        if (name.startsWith(".")) {
            return Problem.warning(Rules.ASSET_LEFTOVER, file, 0, 0,
                    "hidden file " + name + " is not published", DELETE_LEFTOVER);
        }
        if (MARKDOWN_TYPES.contains(type)) {
            String base = name.substring(0, name.length() - type.length() - 1);
            return Problem.error(Rules.ASSET_PAGE_SOURCE, file, 0, 0, inAssets
                    ? "Markdown file in assets/ is not a page and was not published"
                    : "\"" + name + "\" is not a page: only files ending in .md (lower case) are", inAssets
                    ? "pages go in content/: move it there (as " + AssetNames.suggest(base + ".md") + ") or out of the site folder"
                    : "rename it to " + AssetNames.suggest(base + ".md") + " to publish it as a page, or move it out of the"
                            + " site folder");
        }
        if (WEB_PAGE_TYPES.contains(type) || XML_TYPES.contains(type) || SERVER_SCRIPT_TYPES.contains(type)
                || OTHER_MARKUP_TYPES.contains(type)) {
            return Problem.error(Rules.ASSET_MARKUP, file, 0, 0,
                    name + " is " + markup(type) + "; it was not published (pages"
                    + " are .md files in content/)", XML_TYPES.contains(type)
                    ? "move it out of the site folder; the build writes sitemap.xml and feed.xml itself, and other XML"
                            + " can run scripts in a browser"
                    : "convert it to a page (a .md file in content/), or move it out of the site folder: the build"
                            + " checks only the HTML it writes");
        }
        if (TEXT_TYPES.contains(type)) {
            return Problem.error(Rules.ASSET_NOTES, file, 0, 0,
                    "text file " + name + " is not published: notes and to-do lists"
                    + " do not belong in the site folder", "move it out of the site folder; text for readers goes in a"
                    + " page (content/*.md), and robots.txt is written by a template listed in kb.outputs");
        }
        return Problem.error(Rules.ASSET_FILE_TYPE, file, 0, 0,
                "file type ." + type + " is not published (published types: "
                + PublishedTypes.list() + ")", "convert it to one of these types (a document to PDF, an image to PNG"
                + " or JPEG), or move it out of the site folder");
    }

    private static String markup(String type) {
        if (WEB_PAGE_TYPES.contains(type)) {
            return "a web page made outside the build";
        }
        if (XML_TYPES.contains(type)) {
            return "an XML file";
        }
        if (SERVER_SCRIPT_TYPES.contains(type)) {
            return "a server script";
        }
        return type.equals("ftl") ? "a template (templates go in templates/)" : "a page in another markup language";
    }
}
