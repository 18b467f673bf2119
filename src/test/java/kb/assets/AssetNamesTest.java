package kb.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Asset names follow the page-name rule, with dots before the file type; a bad name gets a close valid one. */
class AssetNamesTest {

    @Test
    void acceptsTheRealSitesNamesAndDottedTypes() {
        for (String name : new String[] {"site.css", "share.png", "citations.js", "jquery.min.js", "favicon-32x32.png",
                "font.woff2", "img", "2026"}) {
            assertTrue(AssetNames.isValid(name), name);
        }
    }

    @Test
    void refusesBackslashesSpacesUpperCaseUnderscoresAndAccents() {
        for (String name : new String[] {"..\\evil.css", "Knee Photo.png", "Logo.png", "logo.PNG", "calf_stretch.png",
                "grüße.png", "a..b.png", "-a.png", "a-.png", "a.png.", ".hidden"}) {
            assertFalse(AssetNames.isValid(name), name);
        }
    }

    @Test
    void suggestsALowerCaseHyphenatedName() {
        assertEquals("knee-photo.png", AssetNames.suggest("Knee Photo.PNG"));
        assertEquals("evil.css", AssetNames.suggest("..\\evil.css"));
        assertEquals("calf-stretch.png", AssetNames.suggest("calf_stretch.png"));
        assertEquals("photos-2026", AssetNames.suggest("Photos 2026"));
        assertEquals("guide.md", AssetNames.suggest("Guide.md"));
    }
}
