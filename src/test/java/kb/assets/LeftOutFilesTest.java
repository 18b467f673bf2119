package kb.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kb.report.Problem;
import org.junit.jupiter.api.Test;

/** Each file that is not published is named for what it is, with a warning only for harmless leftovers. */
class LeftOutFilesTest {

    private static String verdict(String name, boolean inAssets) {
        Problem problem = LeftOutFiles.file("x/" + name, name, inAssets);
        return problem.severity() + " " + problem.rule();
    }

    @Test
    void editorAndSystemLeftoversAreWarnings() {
        for (String name : new String[] {".DS_Store", "Thumbs.db", "desktop.ini", "._photo.png", ".page.md.swp",
                "site.css.swo", "page.md~", "#page.md#", ".#page.md", ".~lock.notes.odt#", "site.css.bak",
                "upload.tmp", ".htaccess", ".gitkeep"}) {
            assertEquals("WARNING asset/leftover", verdict(name, true), name);
        }
    }

    @Test
    void secretsPagesMarkupAndNotesAreErrors() {
        assertEquals("ERROR asset/secret", verdict(".env", false));
        assertEquals("ERROR asset/secret", verdict(".env.production", true));
        assertEquals("ERROR asset/secret", verdict("id_ed25519", true));
        assertEquals("ERROR asset/secret", verdict("site.p12", true));
        assertEquals("ERROR asset/page-source", verdict("Guide.Md", false));
        assertEquals("ERROR asset/page-source", verdict("page.mdown", false));
        assertEquals("ERROR asset/page-source", verdict("page.md", true));
        assertEquals("ERROR asset/markup", verdict("page.html", false));
        assertEquals("ERROR asset/markup", verdict("page.XHTML", true));
        assertEquals("ERROR asset/markup", verdict("feed.xml", true));
        assertEquals("ERROR asset/markup", verdict("page.adoc", false));
        assertEquals("ERROR asset/notes", verdict("TODO", true));
        assertEquals("ERROR asset/notes", verdict("notes.txt", false));
        assertEquals("ERROR asset/file-type", verdict("data.json", false));
        assertEquals("ERROR asset/file-type", verdict("draft.docx", true));
    }

    @Test
    void hiddenFoldersAreOneWarningUnlessTheyHoldKeys() {
        assertEquals("hidden folder .git/ (kept by an editor, version control or the operating system) is not published",
                LeftOutFiles.hiddenFolder("content/.git", ".git").message());
        assertEquals("hidden folder .well-known/ is not published",
                LeftOutFiles.hiddenFolder("assets/.well-known", ".well-known").message());
        assertEquals(kb.report.Severity.ERROR, LeftOutFiles.hiddenFolder("assets/.ssh", ".ssh").severity());
    }

    @Test
    void markdownSourceGetsTheNameItShouldHave() {
        assertEquals("rename it to guide.md to publish it as a page, or move it out of the site folder",
                LeftOutFiles.file("content/Guide.MD", "Guide.MD", false).hint());
    }
}
