package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.InvalidDocumentException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** RFC 7396 JSON Merge Patch, and the edit of a record it makes. No Spring, no database. */
class MergePatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final InputReader READER = new InputReader(JSON,
            Validation.buildDefaultValidatorFactory().getValidator());

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static JsonNode patched(String target, String patch) {
        return MergePatch.apply(json(target), json(patch));
    }

    @Test
    void replacesAMemberAndKeepsTheOthers() {
        assertThat(patched("{'a':'b','c':'d'}", "{'a':'z'}")).isEqualTo(json("{'a':'z','c':'d'}"));
    }

    @Test
    void nullRemovesAMember() {
        assertThat(patched("{'a':'b','c':'d'}", "{'a':null}")).isEqualTo(json("{'c':'d'}"));
    }

    @Test
    void nestedObjectsMergeMemberByMember() {
        assertThat(patched("{'title':'Goodbye!','author':{'givenName':'John','familyName':'Doe'}}",
                "{'title':'Hello!','author':{'familyName':null,'phone':'+01-123'}}"))
                .isEqualTo(json("{'title':'Hello!','author':{'givenName':'John','phone':'+01-123'}}"));
    }

    @Test
    void arraysAreReplacedWholeNotMerged() {
        assertThat(patched("{'a':['b','c'],'d':[{'e':1}]}", "{'a':['x'],'d':[{'f':2}]}"))
                .isEqualTo(json("{'a':['x'],'d':[{'f':2}]}"));
    }

    @Test
    void anObjectReplacesAValueThatIsNotOne() {
        assertThat(patched("{'a':'b'}", "{'a':{'c':'d'}}")).isEqualTo(json("{'a':{'c':'d'}}"));
        assertThat(patched("{'a':[1]}", "{'a':{'b':'c'}}")).isEqualTo(json("{'a':{'b':'c'}}"));
    }

    @Test
    void aPatchThatIsNotAnObjectReplacesTheWholeTarget() {
        assertThat(patched("{'a':'b'}", "['c']")).isEqualTo(json("['c']"));
        assertThat(patched("{'a':'b'}", "null")).isEqualTo(json("null"));
    }

    @Test
    void anEmptyPatchChangesNothingAndTheTargetIsNotTouched() {
        var target = json("{'a':{'b':'c'}}");
        assertThat(MergePatch.apply(target, json("{}"))).isEqualTo(target);
        MergePatch.apply(target, json("{'a':{'b':null}}"));
        assertThat(target).isEqualTo(json("{'a':{'b':'c'}}"));
    }

    @Test
    void aNullForAMemberTheTargetLacksStaysSoAMisspeltNameIsNotDroppedInSilence() {
        assertThat(patched("{'name':'Aliyev'}", "{'nmae':null}")).isEqualTo(json("{'name':'Aliyev','nmae':null}"));
    }

    record Place(@NotBlank String city, @Nullable String country) {
    }

    record Fields(@NotBlank String name, @Nullable String role, @NotNull List<String> aliases, @Nullable Place place) {
    }

    private static final Fields ALIYEV = new Fields("Ilham Aliyev", "President", List.of("Aliyev"), new Place("Baku", null));

    @Test
    void anEditGivesTheNewFieldsOfTheRecord() {
        var edit = READER.mergePatch(json("{'role':null,'aliases':['I. Aliyev'],'place':{'country':'az'}}"), Fields.class);

        assertThat(edit.applyTo(ALIYEV)).contains(new Fields("Ilham Aliyev", null, List.of("I. Aliyev"), new Place("Baku", "az")));
        assertThat(edit.fields()).containsExactly("role", "aliases", "place");
        assertThat(edit.touches("place")).isTrue();
        assertThat(edit.touches("name")).isFalse();
        assertThat(edit.summary()).isEqualTo("{\"role\":null,\"aliases\":[\"I. Aliyev\"],\"place\":{\"country\":\"az\"}}");
    }

    @Test
    void anEditThatChangesNothingGivesNothingToWrite() {
        assertThat(READER.mergePatch(json("{}"), Fields.class).applyTo(ALIYEV)).isEmpty();
        assertThat(READER.mergePatch(json("{'name':'Ilham Aliyev','place':{'city':'Baku'}}"), Fields.class).applyTo(ALIYEV)).isEmpty();
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        assertThatThrownBy(() -> READER.mergePatch(json("{'nmae':null}"), Fields.class).applyTo(ALIYEV))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("nmae"));
    }

    @Test
    void aValueOfTheWrongTypeOrAFailedConstraintIsRefusedByPath() {
        assertThatThrownBy(() -> READER.mergePatch(json("{'place':{'city':['Baku']}}"), Fields.class).applyTo(ALIYEV))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("place.city"));
        assertThatThrownBy(() -> READER.mergePatch(json("{'name':' '}"), Fields.class).applyTo(ALIYEV))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("name"));
    }

    @Test
    void aPatchThatIsNotAnObjectIsNotARecord() {
        assertThatThrownBy(() -> READER.mergePatch(json("['Aliyev']"), Fields.class).applyTo(ALIYEV))
                .isInstanceOf(InvalidDocumentException.class);
    }
}
