package no.datadeling.launcher.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against the running server: what a client of the real API would send and see. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonObject json() {
            return (JsonObject) jsonStructure();
        }

        public JsonStructure jsonStructure() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public static Response get(String path, String... headerPairs) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headerPairs);
    }

    public static Response send(HttpRequest.Builder b, String... headerPairs) {
        for (int i = 0; i < headerPairs.length; i += 2) {
            b.header(headerPairs[i], headerPairs[i + 1]);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(String path) {
        return URI.create(DatadelingServer.server().baseUrl() + (path.startsWith("/") ? path.substring(1) : path));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
