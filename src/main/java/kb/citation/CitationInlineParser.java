package kb.citation;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Claims {@code [@...]} before flexmark's own bracket handling, so a citation never becomes a link reference.
 * Anything else starting with {@code [} is left to flexmark (links, images, footnotes): it returns false. The
 * inline parser calls it only for an unescaped {@code [} outside code, so {@code \[@x]}, code spans and code
 * blocks stay as they are. {@code [@name](url)} and {@code [@name][ref]} stay links, as in Pandoc.
 */
final class CitationInlineParser implements InlineParserExtension {

    CitationInlineParser(LightInlineParser inlineParser) {
    }

    @Override
    public void finalizeDocument(@NotNull InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(@NotNull InlineParser inlineParser) {
    }

    @Override
    public boolean parse(@NotNull LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int open = inlineParser.getIndex();
        // Every [@...] is a citation attempt, also [@], [@ key] and [@@key]: published as text they would hide a
        // missing reference, so they become malformed citations the build reports.
        if (open + 1 >= input.length() || input.charAt(open + 1) != '@') {
            return false;
        }
        int close = closingBracket(input, open + 1);
        if (close < 0 || followedByLinkPart(input, close + 1)) {
            return false;
        }
        BasedSequence text = input.subSequence(open + 1, close);
        List<CitationSyntax.Item> parsed = CitationSyntax.items(text);
        List<CitationItem> items = new ArrayList<>();
        if (parsed != null) {
            for (CitationSyntax.Item item : parsed) {
                BasedSequence keyChars = text.subSequence(item.keyStart(), item.keyStart() + 1 + item.key().length());
                items.add(new CitationItem(keyChars, item.key(), item.locator()));
            }
        }
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new Citation(input.subSequence(open, open + 1), text,
                input.subSequence(close, close + 1), items));
        inlineParser.setIndex(close + 1);
        return true;
    }

    /** The index of the {@code ]} that closes the citation, or -1 if a {@code [} comes first or none follows. */
    private static int closingBracket(BasedSequence input, int from) {
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** {@code (url)} or {@code [ref]} right after the bracket makes it a link's text, not a citation. */
    private static boolean followedByLinkPart(BasedSequence input, int index) {
        return index < input.length() && (input.charAt(index) == '(' || input.charAt(index) == '[');
    }

    static final class Factory implements InlineParserExtensionFactory {

        @NotNull
        @Override
        public CharSequence getCharacters() {
            return "[";
        }

        @NotNull
        @Override
        public InlineParserExtension apply(@NotNull LightInlineParser inlineParser) {
            return new CitationInlineParser(inlineParser);
        }

        @Nullable
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Nullable
        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
