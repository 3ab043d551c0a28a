package app.verbatim.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the write tests send: the seed article, a copy of it under another slug, a minimal document. */
public final class Writes {

    public static final String SEED = "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku";

    private static final String JSON = "application/json";
    private static final JsonMapper json = JsonMapper.builder().build();

    private Writes() {
    }

    /** Imports the seed article again under {@code slug}, as an editor. */
    public static void copySeedTo(Api api, TestTokens tokens, String slug) {
        var doc = (ObjectNode) api.get(SEED).json();
        stripServerFields(doc);
        doc.put("slug", slug);
        var response = api.send("POST", "/api/v1/articles", JSON, doc.toString(), "Authorization", "Bearer " + tokens.editor());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** The model minus what the server owns: what a script sends back. */
    public static void stripServerFields(ObjectNode doc) {
        doc.remove(List.of("createdAt", "updatedAt", "version"));
        for (String records : List.of("quotes", "events", "resolutions")) {
            doc.get(records).forEach(r -> ((ObjectNode) r).remove(List.of("id", "article", "version", "updatedAt", "match")));
        }
        doc.get("events").forEach(e -> {
            if (e.get("place") instanceof ObjectNode place) {
                place.remove("name");
            }
        });
    }

    /** An article with only a headline, a language and a body. */
    public static String article(String slug, String body) {
        return "{\"slug\":\"" + slug + "\",\"headline\":\"A headline\",\"language\":\"en\",\"body\":" + json.writeValueAsString(body)
                + ",\"paragraphs\":[],\"notes\":[],\"people\":[],\"places\":[],\"organizations\":[],\"topics\":[],"
                + "\"quotes\":[],\"resolutions\":[],\"events\":[]}";
    }
}
