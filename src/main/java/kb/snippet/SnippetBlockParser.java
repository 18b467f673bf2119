package kb.snippet;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/** Parses an include line into a {@link SnippetInclude}: a one-line block, also inside lists and quotations. */
final class SnippetBlockParser extends AbstractBlockParser {

    private final SnippetInclude block;

    private SnippetBlockParser(SnippetInclude block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
    }

    static final class Factory implements CustomBlockParserFactory {

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return null;
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
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex()).trimEOL();
            Matcher matcher = SnippetSyntax.match(rest);
            if (matcher == null) {
                return BlockStart.none();
            }
            SnippetInclude include = new SnippetInclude(rest, rest.subSequence(matcher.start(1), matcher.end(1)));
            return BlockStart.of(new SnippetBlockParser(include)).atIndex(line.length());
        }
    }
}
