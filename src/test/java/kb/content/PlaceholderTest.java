package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a placeholder: the marker {@code kb new} writes, and the bare words editors leave. */
class PlaceholderTest {

    @Test
    void recognisesEveryNoteTheScaffolderWrites() {
        assertTrue(Placeholder.note("write this section.").startsWith(Placeholder.MARKER));
        assertTrue(Placeholder.startsWith(Placeholder.note("write this section.")));
        assertTrue(Placeholder.startsWith(Placeholder.note("")));
        assertEquals(Placeholder.MARKER, Placeholder.wordAt("  " + Placeholder.note("x"), 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TODO", "TODO:", "TODO: write it", "TBD", "TBD.", "FIXME", "FIXME later", "  TODO",
        "TODO\tlater", "TBD (ask Jane)"})
    void flagsABareWordAtTheStart(String text) {
        assertTrue(Placeholder.startsWith(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a to-do list", "Todo", "todo: lower case", "TODOs are fine", "TODO-list apps", "TBDs",
        "FIXMEs", "We TODO later", "", "TOD"})
    void leavesOtherWordsAlone(String text) {
        assertFalse(Placeholder.startsWith(text), text);
    }

    @Test
    void looksOnlyAtTheGivenIndex() {
        assertNull(Placeholder.wordAt("Plain TODO", 0));
        assertEquals("TODO", Placeholder.wordAt("Plain TODO", 6));
        assertNull(Placeholder.wordAt("TODO", 5));
    }
}
