package kb.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logging of the libraries (JBake logs through SLF4J to logback), set up by logback's own {@link Configurator}
 * extension point (listed in {@code META-INF/services}) rather than a {@code logback.xml}: reading the XML took
 * 30 of the 80 ms logging cost at every start. Problems are reported by the build itself, so the libraries only
 * speak when something is really wrong (JBake with no configuration logs at DEBUG).
 */
public final class LogSettings extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("com.orientechnologies").setLevel(Level.ERROR); // vanilla JBake in the benchmark
        context.getLogger("org.apache.commons").setLevel(Level.ERROR);
        // Complete: logback's own configurators (logback.xml lookup, its default console set-up) are not run.
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
