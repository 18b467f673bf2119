package kb.content;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * flexmark's tables extension (JBake's {@code TABLES} flag) with a cheap test in front. Its paragraph pre-processor
 * runs on every paragraph of every page, and is made again for every page (compiling a regular expression each
 * time): 4–5 % of a build in a profile. It gives up on any paragraph whose first line has no {@code |}, so only
 * paragraphs with one reach it, and one pre-processor serves every page of the parser (it keeps only the parser's
 * options; each call gets its page's state). Same tables, less work. The extension's renderer is used as it is.
 */
final class TablePrefilter extends PrefilteredExtension<TablesExtension> {

    private TablePrefilter() {
        super((TablesExtension) TablesExtension.create());
    }

    static TablePrefilter create() {
        return new TablePrefilter();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory());
    }

    /** flexmark's factory (same ordering), handing only paragraphs that may be tables to one shared processor. */
    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
        private volatile ParagraphPreProcessor shared;

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return (Paragraph block, ParserState pageState) -> {
                if (block.getLineCount() == 0 || !SourceSlice.contains(block.getLineChars(0), '|')) {
                    return 0;
                }
                ParagraphPreProcessor processor = shared;
                if (processor == null) {
                    processor = tables.apply(pageState); // the parser's options: the same for every page
                    shared = processor;
                }
                return processor.preProcessBlock(block, pageState);
            };
        }
    }
}
