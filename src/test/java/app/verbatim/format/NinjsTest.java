package app.verbatim.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ApiTest
class NinjsTest {

    private static final String ARTICLE = "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku";

    /** The root properties ninjs 3.1 allows (its schema sets unevaluatedProperties to false). */
    private static final Set<String> ROOT = Set.of("uri", "type", "representationType", "profile", "version", "firstCreated",
            "versionCreated", "contentCreated", "embargoedUntil", "pubStatus", "urgency", "copyrightHolder", "copyrightNotice",
            "usageTerms", "edNote", "language", "descriptions", "bodies", "headlines", "people", "organisations", "places",
            "subjects", "events", "eventDetails", "plannedCoverage", "objects", "infoSources", "title", "by", "slugline",
            "located", "renditions", "associations", "altIds", "trustIndicators", "standard", "genres", "expires",
            "rightsInfo", "digitalSourceType");
    private static final Set<String> ENTITY = Set.of("name", "rel", "uri", "literal");
    private static final Map<String, Set<String>> ITEMS = Map.of(
            "headlines", Set.of("role", "contentType", "value"),
            "bodies", Set.of("role", "contentType", "charCount", "wordCount", "value"),
            "people", ENTITY, "organisations", ENTITY, "places", ENTITY, "subjects", ENTITY,
            "events", Set.of("id", "name", "rel", "uri", "literal"),
            "infoSources", Set.of("name", "role", "uri", "literal"));

    @Autowired
    Api api;

    @Test
    void servesTheArticleAsANinjsNewsItemByMediaType() {
        var response = api.get(ARTICLE, "application/ninjs+json");
        var item = response.json();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/ninjs+json");
        assertThat(item.get("uri").asString()).endsWith(ARTICLE);
        assertThat(item.get("standard").get("version").asString()).isEqualTo("3.1");
        assertThat(item.get("type").asString()).isEqualTo("text");
        assertThat(item.get("headlines").get(0).get("value").asString()).isEqualTo("Nazarbayev supports de-occupation of Azerbaijani territories");
        assertThat(item.get("bodies").get(0).get("value").asString()).contains("talks o April 3", "\u00a0");
        assertThat(item.get("people")).hasSize(2);
        assertThat(item.get("people").get(0).get("rel").asString()).isEqualTo("quoted");
        assertThat(item.get("events")).hasSize(9);
    }

    @Test
    void usesOnlyPropertiesTheNinjs31SchemaAllows() {
        var item = api.get(ARTICLE, "application/ninjs+json").json();

        assertThat(names(item)).isSubsetOf(ROOT);
        ITEMS.forEach((property, allowed) -> item.get(property).forEach(element -> {
            assertThat(names(element)).as(property).isSubsetOf(allowed);
            if (property.equals("headlines") || property.equals("bodies")) {
                assertThat(element.has("value")).isTrue();
            }
        }));
    }

    @Test
    void keepsJsonTheDefaultForAWildcardAccept() {
        assertThat(api.get(ARTICLE, "*/*").contentType()).startsWith("application/json");
    }

    /**
     * Against IPTC's own ninjs 3.1 schema, when a copy is at hand: the file named by the system
     * property {@code ninjs.schema}, or {@code ../shared/ninjs/ninjs-schema_3.1.json}. It is not
     * in this repository (see the README), so elsewhere this check is skipped.
     */
    @Test
    void isValidAgainstTheOfficialNinjs31Schema() throws Exception {
        Path schema = Path.of(System.getProperty("ninjs.schema", "../shared/ninjs/ninjs-schema_3.1.json"));
        assumeTrue(Files.isRegularFile(schema), "No copy of IPTC's ninjs 3.1 schema at " + schema.toAbsolutePath());
        var item = api.get(ARTICLE, "application/ninjs+json").json();

        try (InputStream in = Files.newInputStream(schema)) {
            var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in).validate(item);
            assertThat(errors).isEmpty();
        }
    }

    private static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
