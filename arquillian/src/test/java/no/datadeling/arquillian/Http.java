package no.datadeling.arquillian;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Client side only: plain HTTP against the deployed app. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /**
     * The deployment's base URL on 127.0.0.1: Payara Micro reports the host's external address, which Arquillian puts
     * into {@code @ArquillianResource URL}, while our listeners are bound to loopback only (STACK-FACTS pitfall).
     */
    static URI local(URL arquillianUrl) {
        String path = arquillianUrl.getPath().endsWith("/") ? arquillianUrl.getPath() : arquillianUrl.getPath() + "/";
        return URI.create("http://127.0.0.1:" + arquillianUrl.getPort() + path);
    }

    static HttpResponse<String> get(URI uri, String accept, String bearerToken) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (bearerToken != null) {
            b.header("Authorization", "Bearer " + bearerToken);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
