#!/usr/bin/env bash
# Proves the OpenAPI document by the client a stranger would make of it: generates a Java client
# with openapi-generator (org.openapitools:openapi-generator-cli, from Maven Central), compiles it,
# and through it reads the seed article, a speaker's quotes and a page of events.
#   tools/openapi/client.sh [BASE-URL]       (default: http://localhost:8080)
# Starts nothing: run the service first (./mvnw spring-boot:run). Needs JAVA_HOME (21+) and the
# project's Maven wrapper; the work is done in target/openapi-client.
set -euo pipefail
base="${1:-http://localhost:8080}"
generator_version=7.25.0
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/target/openapi-client"
mvn="$root/mvnw"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"

rm -rf "$work/client" "$work/reader"
mkdir -p "$work/reader/src/main/java/reader"
curl -fsS "$base/v3/api-docs" -o "$work/served.json"
# openapi-generator types an operation by the first media type of each answer only, and the
# document lists JSON-LD and ninjs first (see docs/openapi.md): this client is the JSON one, so
# it is made of the document with the other formats of each answer left out, nothing else changed.
python3 - "$work/served.json" "$work/openapi.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for item in doc["paths"].values():
    for op in item.values():
        for response in op.get("responses", {}).values():
            content = response.get("content", {})
            if "application/json" in content:
                response["content"] = {k: v for k, v in content.items() if k in ("application/json", "application/problem+json")}
json.dump(doc, open(sys.argv[2], "w"))
PY

jar="$work/openapi-generator-cli-$generator_version.jar"
if [[ ! -f "$jar" ]]; then
  "$mvn" -q -B dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$generator_version" \
    -DoutputDirectory="$work" -Dmdep.stripVersion=false
fi

# The native library: java.net.http and Jackson, nothing else at run time.
"$java" -jar "$jar" generate -i "$work/openapi.json" -g java --library native -o "$work/client" \
  --api-package app.verbatim.client.api --model-package app.verbatim.client.model --invoker-package app.verbatim.client \
  --additional-properties=groupId=app.verbatim,artifactId=verbatim-client,artifactVersion=0.0.0,hideGenerationTimestamp=true,openApiNullable=false \
  > "$work/generate.log"
"$mvn" -q -B -f "$work/client/pom.xml" install -DskipTests -Dmaven.javadoc.skip=true

cat > "$work/reader/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>app.verbatim</groupId>
  <artifactId>verbatim-client-reader</artifactId>
  <version>0.0.0</version>
  <properties>
    <maven.compiler.release>21</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>app.verbatim</groupId>
      <artifactId>verbatim-client</artifactId>
      <version>0.0.0</version>
    </dependency>
  </dependencies>
</project>
POM

cat > "$work/reader/src/main/java/reader/Read.java" <<'JAVA'
package reader;

import app.verbatim.client.ApiClient;
import app.verbatim.client.api.ArticlesApi;
import app.verbatim.client.api.EventsApi;
import app.verbatim.client.api.QuotesApi;
import java.net.URI;

/** Reads through the generated client only: typed records, their nulls and enums as the document says. */
public class Read {
    public static void main(String[] args) throws Exception {
        var base = URI.create(args[0]);
        var client = new ApiClient();
        client.updateBaseUri(args[0]);
        // The article is also served as JSON-LD and ninjs; this reader wants the records.
        client.setRequestInterceptor(request -> request.setHeader("Accept", "application/json"));

        var article = new ArticlesApi(client).getArticle("vestnik-kavkaza-nazarbayev-baku");
        System.out.printf("article   %s | %s | published %s | %d quotes, %d events, %d people%n", article.getSlug(), article.getHeadline(),
                article.getPublished() == null ? "unknown" : article.getPublished().getEarliest(),
                article.getQuotes().size(), article.getEvents().size(), article.getPeople().size());

        var speaker = article.getQuotes().getFirst().getSpeaker().getId();
        var quotes = new QuotesApi(client).listQuotesOfPerson(speaker, null, null, null, null, null, null, null, null, null, null, null, null, null);
        System.out.printf("quotes    %s: %d in all%n", speaker, quotes.getTotalElements());
        quotes.getItems().stream().limit(3).forEach(q -> System.out.printf("          [%s] %s: \"%s\" (channel %s)%n", q.getKind(),
                q.getCue().getText(), abbreviate(q.getContent().getText()), q.getChannel() == null ? "none" : q.getChannel().getName()));

        var events = new EventsApi(client).listEvents(null, null, null, null, null, null, null, null, 0, 5);
        System.out.printf("events    page %d of %d, %d in all%n", events.getPage(), events.getTotalPages(), events.getTotalElements());
        events.getItems().forEach(e -> System.out.printf("          %s %s, %s (%s from %s, place %s)%n", e.getStatus(), e.getKind(),
                abbreviate(e.getTitle()), e.getWhen().getPrecision(), e.getWhen().getEarliest(),
                e.getPlace() == null ? "none" : e.getPlace().getName()));
        // Strict reading: every property the document calls required is there and not null, in
        // every record read (Jackson's generated models would take a missing one silently).
        var missing = new java.util.ArrayList<String>();
        for (Object read : new Object[] {article, quotes, events}) {
            requiredPresent(read, read.getClass().getSimpleName(), missing);
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("Required by the document but missing or null: " + missing);
        }
        System.out.println("read " + base + " through the generated client: OK, every required property present");
    }

    private static void requiredPresent(Object value, String at, java.util.List<String> missing) throws Exception {
        if (value instanceof java.util.List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                requiredPresent(list.get(i), at + "[" + i + "]", missing);
            }
            return;
        }
        if (value == null || !value.getClass().getPackageName().equals("app.verbatim.client.model")) {
            return;
        }
        for (var getter : value.getClass().getMethods()) {
            var property = getter.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (property == null || getter.getParameterCount() != 0) {
                continue;
            }
            Object got = getter.invoke(value);
            if (property.required() && got == null) {
                missing.add(at + "." + property.value());
            }
            requiredPresent(got, at + "." + property.value(), missing);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
JAVA
"$mvn" -q -B -f "$work/reader/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$work/reader/cp.txt"
"$java" -cp "$work/reader/target/classes:$(cat "$work/reader/cp.txt")" reader.Read "$base"
