package kb;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages under {@code kb} depend on each other in one direction only, read from the compiled classes (so
 * every use counts: imports, fully qualified names, constants inlined by the compiler excepted).
 */
class PackageDependenciesTest {

    /**
     * The layers from the bottom up, in the order of the pipeline: a package may use the packages of the layers
     * below its own (and of its own layer), never one above. A new package must be placed here.
     */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"parallel", "files"},      // work spread over all cores; files written whole
            new String[] {"report"},                 // problems, the report, the rule registry: used by all
            new String[] {"share"},                  // QR code and JSON-LD from plain values
            new String[] {"sharecard"},              // share images drawn with Java2D, and their cache
            new String[] {"content"},                // one content file at a time
            new String[] {"sanitize", "callout", "snippet", "search", "citation"}, // what a page's Markdown may hold
            new String[] {"claim"},                  // uncited claims, read from citation and call-out nodes
            new String[] {"site"},                   // configuration, pages, index, cross-links, redirects
            new String[] {"render"},                 // the site model into files
            new String[] {"assets"},                 // the files published beside the pages
            new String[] {"validate"},               // the checks on the written site
            new String[] {"publish"},                // the output folder
            new String[] {"build"},                  // the stages in order
            new String[] {"scaffold", "refs"},       // kb new; kb refs (import, export, verify, add)
            new String[] {"serve"},                  // kb serve
            new String[] {"cli"});                   // the command line

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kb");
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("kb.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packagesUseOnlyTheLayersBelowThem() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String[] layer : LAYERS) {
            layers = layers.layer(name(layer)).definedBy(Arrays.stream(layer).map(p -> "kb." + p + "..")
                    .toArray(String[]::new));
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(PackageDependenciesTest::name)
                    .toArray(String[]::new);
            layers = layers.whereLayer(name(LAYERS.get(i))).mayOnlyBeAccessedByLayers(above);
        }
        layers.whereLayer(name(LAYERS.get(LAYERS.size() - 1))).mayNotBeAccessedByAnyLayer().check(classes);
    }

    private static String name(String[] layer) {
        return String.join("+", layer);
    }
}
