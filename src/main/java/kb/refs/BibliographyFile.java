package kb.refs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kb.citation.Bibliography;
import kb.citation.BibliographyReader;
import kb.files.WholeFile;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Rules;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code content/bibliography.yaml} as text and as the model {@link BibliographyReader} makes of it. New entries
 * are appended to the text, so the order, comments and formatting of what is there stay as they are; the new text
 * is read again before it is written, to a new file that is then moved into place, so the file is never half
 * written and never left invalid.
 */
final class BibliographyFile {

    private final Path path;
    private final String displayName;
    private final String text;
    private final BibliographyReader.Result read;

    private BibliographyFile(Path path, String displayName, String text, BibliographyReader.Result read) {
        this.path = path;
        this.displayName = displayName;
        this.text = text;
        this.read = read;
    }

    /** Reads the file; a missing file is an empty bibliography. */
    static BibliographyFile open(Path contentFolder, String displayName) {
        Path path = contentFolder.resolve(Bibliography.FILE_NAME);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            text = "";
        } catch (CharacterCodingException e) {
            // BibliographyReader reports it, at line 1.
            return new BibliographyFile(path, displayName, null, BibliographyReader.read(path, displayName));
        } catch (IOException e) {
            throw new FileFailure("read", path, e);
        }
        return new BibliographyFile(path, displayName, text, BibliographyReader.parse(text, displayName));
    }

    Bibliography bibliography() {
        return read.bibliography();
    }

    /**
     * The file's own mistakes: nothing is added to a bibliography that has any. An entry still waiting for its
     * evidence kind and finding is not one: imported and added entries arrive without them, and the build says so.
     */
    List<Problem> problems() {
        return blocking(read.problems());
    }

    static List<Problem> blocking(List<Problem> problems) {
        return problems.stream().filter(problem -> !problem.is(Rules.BIBLIOGRAPHY_EVIDENCE_MISSING)).toList();
    }

    String displayName() {
        return displayName;
    }

    /** Appends the entries (fields in order, {@code key} first) and writes the file in one step. */
    void append(List<Map<String, Object>> entries) throws RefsException {
        if (entries.isEmpty()) {
            return;
        }
        String start = text.isBlank() ? "references:\n" : text;
        if (!text.isBlank() && !referencesListIsLast()) {
            throw new RefsException(displayName + ": new references can only be added when \"references:\" is the last"
                    + " part of the file and its entries are written one per \"- key:\" line; move it to the end");
        }
        String updated = (start.endsWith("\n") ? start : start + "\n") + EntryYaml.write(entries);
        BibliographyReader.Result check = BibliographyReader.parse(updated, displayName);
        if (!blocking(check.problems()).isEmpty()
                || check.bibliography().references().size() != bibliography().references().size() + entries.size()) {
            throw new IllegalStateException("the new entries did not read back as written: " + blocking(check.problems()));
        }
        write(path, updated);
    }

    /** Whether text appended at the end continues the {@code references:} list. */
    private boolean referencesListIsLast() {
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        if (!(root instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            return false;
        }
        NodeTuple last = mapping.getValue().get(mapping.getValue().size() - 1);
        if (!(last.getKeyNode() instanceof ScalarNode name) || !name.getValue().equals("references")) {
            return false;
        }
        Node value = last.getValueNode();
        return value instanceof SequenceNode list && list.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                || value instanceof ScalarNode scalar && scalar.getValue().isEmpty();
    }

    /** Writes {@code text} to a new file beside {@code target} and moves it into place. */
    static void write(Path target, String text) {
        try {
            WholeFile.write(target, text);
        } catch (IOException e) {
            throw new FileFailure("write", target, e);
        }
    }
}
