package kb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import kb.build.ConfigException;
import kb.build.SiteConfig;
import kb.citation.Bibliography;
import kb.citation.BibliographyReader;
import kb.refs.RefsException;
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

    private void print(List<Problem> problems) {
        problems.stream().sorted(Problem.ORDER).forEach(err::println);
    }

    /** The site folder, its content folder and the bibliography's name in messages. */
    record Site(SiteConfig config, Path folder, Path content, String bibliographyName) {
    }

    static Site site(String folder) throws ConfigException {
        Path source = Path.of(folder).toAbsolutePath().normalize();
        SiteConfig config = SiteConfig.load(source);
        Path content = config.contentFolder();
        String name = source.relativize(content.resolve(Bibliography.FILE_NAME)).toString().replace('\\', '/');
        return new Site(config, source, content, name);
    }
}
