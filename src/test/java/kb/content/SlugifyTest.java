package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugifyTest {

    @Test
    void dropsApostrophesAndJoinsWordsWithHyphens() {
        assertEquals("runners-knee", Permalinks.slugify("Runner's knee"));
        assertEquals("runners-knee", Permalinks.slugify("Runner\u2019s  knee"));
    }

    @Test
    void keepsOnlyLowerCaseAsciiLettersAndDigits() {
        assertEquals("iliotibial-band-syndrome-itbs", Permalinks.slugify("  Iliotibial band syndrome (ITBS)! "));
        assertEquals("achilles-tendinopathy-2", Permalinks.slugify("Achillés tendinopathy 2"));
        assertEquals("how-often-should-i-get-a-massage", Permalinks.slugify("How often should I get a massage?"));
    }

    @Test
    void isEmptyWhenThereIsNoLetterOrDigit() {
        assertEquals("", Permalinks.slugify("?!"));
    }
}
