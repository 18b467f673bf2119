package kb.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

class FrontMatterSchemaTest {

    @Test
    void givesJBakeTheTagsAsTheStringArrayItReads() {
        FrontMatter fm = FrontMatter.parse("---\ntype: page\ntitle: About\ntags: [knee, overuse]\n---\nText.\n",
                "content/about.md");
        DocumentModel model = new DocumentModel();

        assertEquals(List.of(), FrontMatterSchema.apply(fm, "content/about.md", model));
        // What JBake's MarkupEngine calls for every page; without a String[] it needs OrientDB's classes.
        assertArrayEquals(new String[] {"knee", "overuse"}, model.getTags());
    }
}
