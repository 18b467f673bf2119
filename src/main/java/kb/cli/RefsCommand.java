package kb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import kb.site.ConfigException;
import kb.site.SiteConfig;
import kb.citation.Bibliography;
import kb.citation.BibliographyReader;
import java.net.URI;
import java.time.Duration;
import kb.refs.ReferenceAdd;
import kb.refs.ReferenceCheck;
import kb.refs.RefsException;
import kb.refs.ServiceSettings;
import kb.refs.ReferenceExport;
import kb.refs.ReferenceImport;
import kb.report.Problem;

/**
 * {@code kb refs import|export|verify|add}: runs the command in {@link kb.refs}, prints its problems and what it
 * did, and chooses the exit code (1 for problems in the references, 2 for the command line, settings, files and
 * services, thrown as {@link RefsException} and {@link ConfigException}).
 */
final class RefsCommand {

    private final PrintStream out;
    private final PrintStream err;

    RefsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments arguments) throws ConfigException, RefsException {
        String action = arguments.positional(0, null);
        if (action == null) {
            throw new Arguments.UsageError("kb refs needs what to do: import, export, verify or add");
        }
        return switch (action) {
            case "import" -> importFile(arguments);
            case "export" -> export(arguments);
            case "verify" -> verify(arguments);
            case "add" -> add(arguments);
            default -> throw new Arguments.UsageError("unknown kb refs command \"" + action
                    + "\"; use import, export, verify or add");
        };
    }

    private int importFile(Arguments arguments) throws ConfigException, RefsException {
        String file = arguments.positional(1, null);
        if (file == null) {
            throw new Arguments.UsageError("kb refs import needs the exported file, e.g. kb refs import my-library.bib");
        }
        Site site = site(arguments.positional(2, "."));
        ReferenceImport.Outcome outcome = ReferenceImport.run(Path.of(file), file, site.content(), site.bibliographyName());
        print(outcome.problems());
        if (outcome.added().isEmpty()) {
            out.println("Added nothing to " + site.bibliographyName() + ".");
        } else {
            out.println("Added " + outcome.added().size() + (outcome.added().size() == 1 ? " reference" : " references")
                    + " to " + site.bibliographyName() + ": " + String.join(", ", outcome.added())
                    + ". Give each its evidence and finding (docs/writing.md), then cite it as [@"
                    + outcome.added().get(0) + "].");
        }
        return outcome.problems().stream().anyMatch(Problem::isError) ? Main.PROBLEMS : Main.OK;
    }

    private int export(Arguments arguments) throws ConfigException {
        String format = arguments.option("--format");
        if (format == null || !ReferenceExport.FORMATS.contains(format)) {
            throw new Arguments.UsageError("kb refs export needs --format csl-json or --format bibtex");
        }
        Site site = site(arguments.positional(1, "."));
        BibliographyReader.Result read = BibliographyReader.read(site.content().resolve(Bibliography.FILE_NAME),
                site.bibliographyName());
        if (!read.problems().isEmpty()) {
            print(read.problems());
            err.println("Nothing was exported: correct the bibliography first.");
            return Main.PROBLEMS;
        }
        out.print(ReferenceExport.write(read.bibliography(), format));
        return Main.OK;
    }

    private int verify(Arguments arguments) throws ConfigException, RefsException {
        Site site = site(arguments.positional(1, "."));
        boolean offline = arguments.has("--offline");
        ReferenceCheck.Outcome outcome = ReferenceCheck.run(site.content(), site.bibliographyName(), site.cacheName(),
                offline ? null : settings(site));
        print(outcome.problems());
        long errors = outcome.problems().stream().filter(Problem::isError).count();
        out.println("Verified " + outcome.compared() + " references" + (offline ? " against the saved answers"
                : " (" + outcome.asked() + " requests; answers saved in " + site.cacheName() + ")") + ": "
                + errors + (errors == 1 ? " error, " : " errors, ") + (outcome.problems().size() - errors)
                + (outcome.problems().size() - errors == 1 ? " warning." : " warnings."));
        return errors > 0 ? Main.PROBLEMS : Main.OK;
    }

    private int add(Arguments arguments) throws ConfigException, RefsException {
        String identifier = arguments.positional(1, null);
        if (identifier == null || !ReferenceAdd.isIdentifier(identifier)) {
            throw new Arguments.UsageError("kb refs add needs a DOI (10.1126/scitranslmed.3002882) or a PubMed ID"
                    + " (pmid:22301554)" + (identifier == null ? "" : ", not \"" + identifier + "\""));
        }
        Site site = site(arguments.positional(2, "."));
        ReferenceAdd.Outcome outcome = ReferenceAdd.run(identifier, site.content(), site.bibliographyName(),
                site.cacheName(), settings(site));
        print(outcome.problems());
        if (outcome.key() != null) {
            out.println("Added " + outcome.key() + " to " + site.bibliographyName() + ". Give it its evidence and"
                    + " finding (docs/writing.md), then cite it as [@" + outcome.key() + "].");
        }
        return outcome.problems().stream().anyMatch(Problem::isError) ? Main.PROBLEMS : Main.OK;
    }

    /** The services' settings from jbake.properties; the editor's address is required. */
    private static ServiceSettings settings(Site site) throws RefsException {
        SiteConfig config = site.config();
        String mailto = config.setting("kb.refs.mailto");
        if (mailto == null || !mailto.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RefsException("jbake.properties needs kb.refs.mailto=you@your-clinic.org: Crossref and PubMed ask"
                    + " every caller for an e-mail address they can write to about its requests"
                    + (mailto == null ? "" : " (\"" + mailto + "\" is not an e-mail address)"));
        }
        return new ServiceSettings(mailto, uri(config, "kb.refs.crossref", ServiceSettings.CROSSREF),
                uri(config, "kb.refs.pubmed", ServiceSettings.PUBMED), seconds(config, "kb.refs.timeout", 20),
                seconds(config, "kb.refs.retry-wait", 1));
    }

    private static URI uri(SiteConfig config, String key, URI fallback) throws RefsException {
        String value = config.setting(key);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("https?://\\S+")) {
            throw new RefsException("jbake.properties: " + key + "=" + value + " must be an address starting with https://");
        }
        return URI.create(value);
    }

    private static Duration seconds(SiteConfig config, String key, double fallback) throws RefsException {
        String value = config.setting(key);
        double seconds = fallback;
        if (value != null) {
            try {
                seconds = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (!(seconds > 0 && seconds <= 600)) {
                throw new RefsException("jbake.properties: " + key + "=" + value + " must be a number of seconds, e.g. "
                        + (int) fallback);
            }
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private void print(List<Problem> problems) {
        problems.stream().sorted(Problem.ORDER).forEach(err::println);
    }

    /** The site folder, its content folder and the bibliography's name in messages. */
    record Site(SiteConfig config, Path folder, Path content, String bibliographyName) {

        /** The verify cache's name in messages. */
        String cacheName() {
            return bibliographyName.substring(0, bibliographyName.length() - Bibliography.FILE_NAME.length())
                    + ReferenceCheck.cacheFileName();
        }
    }

    static Site site(String folder) throws ConfigException {
        Path source = Path.of(folder).toAbsolutePath().normalize();
        SiteConfig config = SiteConfig.load(source);
        Path content = config.contentFolder();
        String name = source.relativize(content.resolve(Bibliography.FILE_NAME)).toString().replace('\\', '/');
        return new Site(config, source, content, name);
    }
}
