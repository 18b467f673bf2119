package kb.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a paragraph fed in pieces splits into sentences, and which uncited claims remain. */
class SentencesTest {

    private static List<String> claims(Sentences sentences) {
        return sentences.uncitedClaims().stream().map(Sentences.Sentence::text).toList();
    }

    private static void add(Sentences sentences, String text) {
        sentences.append(text, BasedSequence.of(text));
    }

    @Test
    void aCitationCoversItsSentenceAndTheOnesBefore() {
        Sentences sentences = new Sentences();
        add(sentences, "A trial of 60 runners. The group improved by 5 %");
        sentences.cite();
        add(sentences, ". Then 3 stopped.");
        assertEquals(List.of("Then 3 stopped."), claims(sentences));
    }

    @Test
    void aCitationAfterTheFullStopAndSpaceBelongsToTheNextSentence() {
        Sentences sentences = new Sentences();
        add(sentences, "Studies show it helps. ");
        sentences.cite();
        add(sentences, "More on that.");
        assertEquals(List.of(), claims(sentences));
    }

    @Test
    void aLineBreakAfterAFullStopEndsTheSentence() {
        Sentences sentences = new Sentences();
        add(sentences, "It lasts 10 minutes.");
        sentences.lineBreak();
        add(sentences, "Rest after it");
        sentences.cite();
        assertEquals(List.of(), claims(sentences), "the citation covers both sentences");
        Sentences uncited = new Sentences();
        add(uncited, "Rest first.");
        uncited.lineBreak();
        add(uncited, "It lasts 10 minutes.");
        assertEquals(List.of("It lasts 10 minutes."), claims(uncited));
    }

    @Test
    void closingMarksAtThePieceEndJoinTheNextPiecesSpace() {
        Sentences sentences = new Sentences();
        add(sentences, "He said \"rest 2 days.\"");
        add(sentences, " Then run.");
        assertEquals(List.of("He said \"rest 2 days.\""), claims(sentences), "two sentences, the first a claim");
    }

    @Test
    void aPracticeLabelCoversItsOwnSentencesOnly() {
        Sentences sentences = new Sentences();
        add(sentences, "Rest 2 days. ");
        sentences.startPractice();
        add(sentences, "Leave two to three days before a race.");
        sentences.endPractice();
        add(sentences, " Then run 5 km.");
        assertEquals(List.of("Rest 2 days.", "Then run 5 km."), claims(sentences));
    }

    @Test
    void aSentencePartlyInsideAPracticeLabelIsNotAClaim() {
        Sentences sentences = new Sentences();
        add(sentences, "After a race, ");
        sentences.startPractice();
        add(sentences, "wait four days");
        sentences.endPractice();
        add(sentences, " before a firm massage. Run 5 km.");
        assertEquals(List.of("Run 5 km."), claims(sentences));
    }
}
