package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import kb.report.Problem;
import org.junit.jupiter.api.Test;

/** The types file: each mistake is one problem at its own line, and a file with a mistake gives no types. */
class ContentTypesReaderTest {

    private static final String GOOD = """
            fields:
              title: {kind: text, example: T}
              steps:
                kind: links
                to: step
                list: step_pages
                reverse: used_in
              questions:
                kind: questions
                to: question
            types:
              recipe:
                required: [title]
                optional: [steps, questions]
                sections: [Method, References]
              step:
                plural: steps
                required: [title]
              question:
                questions: true
                required: [title]
            """;

    private static List<String> problems(String text) {
        ContentTypesReader.Result result = ContentTypesReader.parse(text, "types.yaml");
        if (!result.problems().isEmpty()) {
            assertNull(result.types(), "a file with a mistake gives no types");
        }
        return result.problems().stream().map(Problem::headline).toList();
    }

    @Test
    void readsTypesFieldsAndLinksInDeclarationOrder() {
        ContentTypes types = ContentTypesReader.parse(GOOD, "types.yaml").types();
        assertNotNull(types);
        assertEquals(List.of("recipe", "step", "question"), types.names());
        assertEquals("recipes", types.type("recipe").plural(), "the plural defaults to the name with an s");
        assertEquals(List.of("title", "steps", "questions"),
                types.fieldsOf(types.type("recipe")).stream().map(ContentTypes.Field::name).toList());
        assertEquals(List.of("steps"), types.reverseLinksTo(types.type("step")).stream().map(ContentTypes.Field::name).toList());
        assertEquals(List.of("WebPage"), types.type("step").jsonLd().types(), "a type without json_ld is a WebPage");
    }

    @Test
    void theRealSitesTypesFileHasNoMistake() {
        ContentTypesReader.Result result = ContentTypesReader.read(Path.of("content/types.yaml"), "content/types.yaml");
        assertEquals(List.of(), result.problems());
    }

    @Test
    void aTypeDeclaredTwiceIsOneProblemAtTheSecond() {
        assertEquals(List.of("types.yaml:22:3: the type \"step\" is declared twice (first on line 16) [types/setting]"),
                problems(GOOD + "  step:\n    required: [title]\n"));
    }

    @Test
    void aQuestionsFieldMustNameATypeOfQuestions() {
        assertEquals(List.of("types.yaml:8:3: the questions field \"questions\" names the type \"question\", whose pages "
                + "are not questions [types/reference]"), problems(GOOD.replace("questions: true", "questions: false")));
    }

    @Test
    void valuesBelongToTextFieldsOnly() {
        assertEquals(List.of("types.yaml:4:13: the field \"steps\" cannot have \"values\": only a text field can have a "
                + "list of values [types/setting]"), problems(GOOD.replace("  steps:\n", "  steps:\n    values: [a]\n")));
    }

    @Test
    void jsonLdNamesOnlyFieldsOfItsOwnType() {
        String text = GOOD.replace("    sections: [Method, References]\n",
                "    sections: [Method, References]\n    json_ld:\n      type: Recipe\n      anatomy: region\n");
        assertEquals(List.of("types.yaml:18:16: json_ld of the type \"recipe\" names the field \"region\", which pages of "
                + "that type do not have [types/reference]"), problems(text));
    }

    @Test
    void twoTypesCannotShareAPlural() {
        assertEquals(List.of("types.yaml:19:3: the types \"step\" and \"question\" have the same plural \"steps\" "
                + "[types/setting]"), problems(GOOD.replace("    questions: true\n", "    questions: true\n    plural: steps\n")));
    }

    @Test
    void anUnclosedListIsReportedWhereItOpens() {
        assertEquals(List.of("types.yaml:15:15: the content types file is not valid YAML: while parsing a flow sequence, "
                + "expected ',' or ']', but got : [types/syntax]"),
                problems(GOOD.replace("sections: [Method, References]", "sections: [Method, References")));
    }

    @Test
    void aFileWithoutTypesSaysWhatItNeeds() {
        assertEquals(List.of("types.yaml:1:1: the content types file must have a \"types:\" section with one entry per "
                + "type [types/syntax]"), problems("fields:\n  title: {kind: text}\n"));
    }
}
