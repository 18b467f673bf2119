package kb.claim;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.escaped.character.EscapedCharacter;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import kb.callout.Callout;
import kb.callout.CalloutKind;
import kb.callout.PracticeLabel;
import kb.citation.Citation;
import kb.content.DocumentInspector;
import kb.content.FilePosition;
import kb.content.HeadingOutline;
import kb.content.LinkCollector;
import kb.content.MarkdownOutcome;
import kb.content.PageSource;
import kb.content.RequiredSections;
import kb.content.SourceSlice;

/**
 * Finds the uncited claims of a page in its Markdown, while the page is parsed (the validator then only reports
 * them, see {@link kb.validate.UncitedClaimCheck}): the sentences of each paragraph and list item that state a figure or lean
 * on research, with no citation in or after them in the same paragraph and no practice label ({@code [practice: …]}
 * around them or a {@code > [!practice]} block around their paragraph). Positions come from flexmark's offsets,
 * so each warning points at the sentence's first word. Tables, code and the text after the "References" heading
 * are not checked.
 */
public final class ClaimFinder implements DocumentInspector {

    /** The claims found in one page, in order. */
    public record Claims(List<Claim> claims) {
        public Claims {
            claims = List.copyOf(claims);
        }
    }

    /**
     * One uncited claim: the sentence (white space collapsed), the file it is written in (the page's or an included
     * snippet's) and the 1-based position of its first character there.
     */
    public record Claim(String sentence, String file, int line, int column) {
    }

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        List<Claim> claims = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 2
                    && HeadingOutline.plainText(heading).equals(RequiredSections.REFERENCES)) {
                break;
            }
            paragraphs(block, document, page, claims);
        }
        outcome.fact(Claims.class, new Claims(claims));
    }

    private static void paragraphs(Node node, Document document, PageSource page, List<Claim> claims) {
        if (node instanceof Paragraph paragraph) {
            Sentences sentences = new Sentences();
            inline(paragraph, sentences);
            for (Sentences.Sentence sentence : sentences.uncitedClaims()) {
                FilePosition at = LinkCollector.position(document, paragraph.getChars(),
                        sentence.offset() >= 0 ? sentence.offset() : paragraph.getStartOffset(), page);
                claims.add(new Claim(sentence.text(), at.file(), at.line(), at.column()));
            }
        } else if (node instanceof Callout callout && callout.getKind() == CalloutKind.PRACTICE) {
            return; // the whole block is labelled as the clinic's practice
        } else if (!(node instanceof TableBlock)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                paragraphs(child, document, page, claims);
            }
        }
    }

    /** The text of a paragraph's inline nodes as a reader sees it, with where each piece starts in the source. */
    private static void inline(Node parent, Sentences sentences) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Citation citation) {
                if (!citation.isMalformed()) {
                    sentences.cite();
                }
            } else if (node instanceof PracticeLabel) {
                sentences.startPractice();
                inline(node, sentences);
                sentences.endPractice();
            } else if (node instanceof Text || node instanceof Code) {
                BasedSequence chars = node instanceof Code code ? code.getText() : node.getChars();
                sentences.append(SourceSlice.text(chars), chars);
            } else if (node instanceof EscapedCharacter escaped) {
                sentences.append(escaped.getText().toString(), escaped.getText());
            } else if (node instanceof HtmlEntity entity) {
                sentences.append(Escaping.unescapeHtml(entity.getChars()), entity.getChars());
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                BasedSequence text = node instanceof AutoLink link ? link.getText() : ((MailLink) node).getText();
                sentences.append(text.toString(), text);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                sentences.lineBreak();
            } else if (!(node instanceof Image || node instanceof ImageRef || node instanceof HtmlInline)) {
                inline(node, sentences); // emphasis, links, strike-through: their text
            }
        }
    }
}
