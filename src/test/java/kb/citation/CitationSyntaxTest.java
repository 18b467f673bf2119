package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The citation syntax: which texts between {@code [} and {@code ]} are citations, and what is wrong with the rest. */
class CitationSyntaxTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "@                         | it has no key after \"@\"",
        "'@ '                      | it has no key after \"@\"",
        "@@davis2020effect         | it has two \"@\" in front of the key",
        "@ davis2020effect         | it has a space between \"@\" and the key",
        "@-davis                   | the key must start with a letter, a digit or \"_\", not \"-\"",
        "@davis2020effect;         | it has a \";\" with no key after it",
        "@a;; @b                   | it has a \";\" with no key after it",
        "@a; b                     | \"b\" has no \"@\" in front of it",
        "@davis2020effect p. 4     | it needs a comma between the key \"davis2020effect\" and \"p. 4\"",
        "@davis2020effect,         | it has a \",\" with no page or place after it",
        "@crane2012.               | it has \".\" after the key \"crane2012\"",
        "@a, p. 4; @b c            | it needs a comma between the key \"b\" and \"c\"",
    })
    void namesWhatIsWrongWithAMalformedCitation(String inner, String fault) {
        assertNull(CitationSyntax.items(inner), "not a well-formed citation: " + inner);
        assertEquals(fault, CitationSyntax.fault(inner));
    }

    @Test
    void acceptsTheWrittenForms() {
        assertNotNull(CitationSyntax.items("@davis2020effect"));
        assertNotNull(CitationSyntax.items("@a; @b"));
        assertNotNull(CitationSyntax.items("@a, p. 4; @b, ch. 2"));
        assertNotNull(CitationSyntax.items(" @a.b:c-d "));
    }
}
