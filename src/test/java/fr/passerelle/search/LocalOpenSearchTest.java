package fr.passerelle.search;

import fr.passerelle.testsupport.LocalOpenSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The local engine is a real OpenSearch 2.19 and our French analysis (search-index/index-settings.json) works on it. */
class LocalOpenSearchTest {

    @TempDir
    static Path home;
    static LocalOpenSearch node;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        node = LocalOpenSearch.start(home, 0);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static String call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.url() + path)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r.body();
    }

    @Test
    void it_is_opensearch_2_19() throws Exception {
        assertThat(call("GET", "/", null)).contains("\"distribution\" : \"opensearch\"").contains("\"number\" : \"2.19");
    }

    @Test
    void french_analysis_folds_accents_drops_elisions_and_plurals() throws Exception {
        String settings = Files.readString(Path.of("search-index/index-settings.json"));
        call("PUT", "/analysis-probe", "{\"settings\":" + settings + "}");
        String tokens = call("POST", "/analysis-probe/_analyze",
                "{\"analyzer\":\"french_text\",\"text\":\"L'opérateur des déchets recyclés\"}");
        assertThat(tokens).contains("\"oper").contains("\"dechet\"").contains("\"recycl")
                .doesNotContain("\"l'").doesNotContain("\"des\"");
        String singular = call("POST", "/analysis-probe/_analyze",
                "{\"analyzer\":\"french_text\",\"text\":\"déchet recyclé opérateurs\"}");
        assertThat(singular).contains("\"dechet\"").contains("\"recycl").contains("\"oper");
    }
}
