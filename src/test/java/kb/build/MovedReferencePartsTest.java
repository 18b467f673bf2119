package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kb.cli.Main;
import kb.testing.FixtureCopy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bibliography's parts are cut by its size, so adding or removing references regroups them; every part
 * address that was published (listed in permalinks.txt) must still lead to the references of its first letter.
 */
class MovedReferencePartsTest {

    @TempDir
    Path temp;

    @Test
    void oldPartAddressesLeadToThePartHoldingTheirFirstLetterAfterReferencesAreAddedAndRemoved() throws Exception {
        Path site = FixtureCopy.of("citations", temp.resolve("src"));
        Path bibliography = site.resolve("content/bibliography.yaml");
        String original = Files.readString(bibliography);
        // One first author for each letter a–x: 24 references, more than one part holds.
        List<String> surnames = new ArrayList<>();
        for (char c = 'a'; c <= 'x'; c++) {
            surnames.add(Character.toUpperCase(c) + "ster");
        }
        Files.writeString(bibliography, original + references("one", surnames));
        Path out = temp.resolve("out");
        assertEquals(Main.OK, run("build", site.toString(), out.toString(), "--update-permalinks"));
        List<String> before = partAddresses(site);
        assertTrue(before.size() > 1, "the bibliography is in parts: " + before);

        // Twelve more first authors with B regroup the parts.
        List<String> more = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            more.add("B" + (char) ('a' + i) + "rton");
        }
        Files.writeString(bibliography, original + references("one", surnames) + references("two", more));
        assertEquals(Main.OK, run("build", site.toString(), out.toString(), "--update-permalinks"));
        List<String> after = partAddresses(site);
        assertTrue(after.containsAll(before), "no part address was retired: " + after);
        List<String> parts = currentParts(out);
        assertFalse(parts.containsAll(before), "adding references regrouped the parts: " + parts + " were " + before);
        assertEveryListedAddressLeadsToItsLetter(site, out, parts);

        // Removing them again regroups back; the addresses of the larger bibliography keep working too.
        Files.writeString(bibliography, original + references("one", surnames));
        assertEquals(Main.OK, run("build", site.toString(), out.toString()));
        List<String> fewer = currentParts(out);
        assertFalse(fewer.containsAll(after), "removing references regrouped the parts: " + fewer);
        assertEveryListedAddressLeadsToItsLetter(site, out, fewer);
    }

    private static void assertEveryListedAddressLeadsToItsLetter(Path site, Path out, List<String> parts) throws Exception {
        for (String address : partAddresses(site)) {
            Path page = out.resolve(address.substring(1) + "index.html");
            assertTrue(Files.isRegularFile(page), address + " is published");
            if (parts.contains(address)) {
                continue;
            }
            Document moved = Jsoup.parse(page.toFile(), "UTF-8");
            Element refresh = moved.selectFirst("meta[http-equiv=refresh]");
            assertNotNull(refresh, address + " is a redirect page");
            String target = refresh.attr("content").replace("0; url=", "");
            String targetAddress = java.net.URI.create(address).resolve(target).getPath();
            assertTrue(parts.contains(targetAddress), address + " leads to a current part: " + targetAddress);
            String letter = address.substring("/references/".length(), "/references/".length() + 1);
            Document part = Jsoup.parse(out.resolve(targetAddress.substring(1) + "index.html").toFile(), "UTF-8");
            assertTrue(part.select("ul.bibliography > li").stream()
                            .anyMatch(li -> li.select(".reference").text().toLowerCase(Locale.ROOT).startsWith(letter)),
                    address + " leads to " + targetAddress + ", which holds the first authors with " + letter);
        }
    }

    /** The part addresses in the committed list. */
    private static List<String> partAddresses(Path site) throws Exception {
        return Files.readAllLines(site.resolve("permalinks.txt")).stream()
                .filter(line -> line.matches("/references/[a-z0](-[a-z0])?/")).toList();
    }

    /** The parts this build wrote: the folders of references/ whose page is not a redirect. */
    private static List<String> currentParts(Path out) throws Exception {
        try (var folders = Files.list(out.resolve("references"))) {
            List<String> parts = new ArrayList<>();
            for (Path folder : folders.sorted().toList()) {
                Path page = folder.resolve("index.html");
                if (Files.isRegularFile(page) && Jsoup.parse(page.toFile(), "UTF-8").selectFirst("meta[http-equiv=refresh]") == null) {
                    parts.add("/references/" + folder.getFileName() + "/");
                }
            }
            return parts;
        }
    }

    private static String references(String batch, List<String> surnames) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < surnames.size(); i++) {
            yaml.append("- key: ").append(batch).append(i).append("\n  authors:\n  - ").append(surnames.get(i))
                    .append(" AB\n  title: Study ").append(batch).append(' ').append(i)
                    .append("\n  journal: Journal of Tests\n  year: 2020\n  evidence: laboratory\n  finding: A made-up study for this test.\n");
        }
        return yaml.toString();
    }

    private static int run(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Main(quiet, quiet).run(args);
    }
}
