package kb.callout;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Parses a quotation whose first line is {@code > [!word]} into a {@link Callout}, the way GitHub and Obsidian read
 * alerts. It is its own container rather than a block quote made over afterwards: the site's Markdown settings
 * (JBake's pegdown profile) join quotations separated by a blank line and let no list interrupt a paragraph, so a
 * block quote would swallow the next call-out and read the marker line and a list below it as one paragraph. The
 * call-out ends at a blank line, a line without {@code >}, or the next marker line.
 */
final class CalloutBlockParser extends AbstractBlockParser {

    /** The marker: letters and hyphens, so {@code [!urgnt]} is found (and reported), {@code [!]} is not. */
    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z][A-Za-z-]*)\\][ \\t]*");

    private final Callout block;

    private CalloutBlockParser(Callout block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        BasedSequence line = state.getLine();
        int next = state.getNextNonSpaceIndex();
        if (state.isBlank() || state.getIndent() >= 4 || line.charAt(next) != '>' || marker(line, next) != null) {
            return BlockContinue.none();
        }
        int column = state.getColumn() + state.getIndent() + 1;
        if (next + 1 < line.length() && (line.charAt(next + 1) == ' ' || line.charAt(next + 1) == '\t')) {
            column++;
        }
        return BlockContinue.atColumn(column);
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    /** The marker matcher of a line whose {@code >} stands at {@code quote}, or null. */
    private static Matcher marker(BasedSequence line, int quote) {
        int at = quote + 1;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        Matcher matcher = MARKER.matcher(line.subSequence(at).trimEOL());
        return matcher.matches() ? matcher : null;
    }

    static final class Factory implements CustomBlockParserFactory {

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        /** Before the block quote parser, which would otherwise claim the {@code >} line. */
        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return Set.of(BlockQuoteParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new Starter(options);
        }
    }

    private static final class Starter extends AbstractBlockParserFactory {

        Starter(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BasedSequence line = state.getLine();
            int next = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || next >= line.length() || line.charAt(next) != '>') {
                return BlockStart.none();
            }
            Matcher matcher = marker(line, next);
            if (matcher == null) {
                return BlockStart.none();
            }
            int start = line.trimEOL().length() - matcher.group().length();
            BasedSequence marker = line.subSequence(start, start + matcher.end(1) + 1);
            String word = matcher.group(1);
            Callout callout = new Callout(line.subSequence(next).trimEOL(), marker, word, CalloutKind.of(word));
            return BlockStart.of(new CalloutBlockParser(callout)).atIndex(line.length());
        }
    }
}
