package no.datadeling.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import no.datadeling.infra.error.ApiError;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.error.ErrorResponses;
import no.datadeling.infra.error.SkatteetatenErrorFamily;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The error mappers on the deployed app (bodies, statuses, headers) and exceptions crossing an EJB boundary. */
@ArquillianPayaraTest
class ErrorMappingArqIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app(ErrorMappingArqIT.class);
    }

    @Inject
    ThrowingEjb ejb;
    @Inject
    ErrorResponses errors;
    @ArquillianResource
    URL base;

    // --- over HTTP: ARBEIDSFORHOLD-00x in Skatteetaten's format ---

    @Test
    @RunAsClient
    void anUnknownUrlUnderTheApiIs003() throws Exception {
        var r = Http.get(api().resolve("arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/finnes-ikke"), "application/json", null);

        assertEquals(404, r.statusCode(), r::body);
        JsonObject body = jsonBody(r);
        assertEquals("ARBEIDSFORHOLD-003", body.getString("kode"));
        assertEquals("Ukjent url benyttet.", body.getString("melding"));
        assertEquals(r.headers().firstValue("Korrelasjonsid").orElseThrow(), body.getString("korrelasjonsid"));
    }

    @Test
    @RunAsClient
    void noTokenIs004WithAChallenge() throws Exception {
        var r = Http.get(api().resolve(SecurityArqIT.ARBEIDSFORHOLD_URL), "application/json", null);

        assertEquals(401, r.statusCode(), r::body);
        JsonObject body = jsonBody(r);
        assertEquals("ARBEIDSFORHOLD-004", body.getString("kode"));
        assertEquals("Bearer error=\"invalid_token\"", r.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(r.headers().firstValue("Korrelasjonsid").orElseThrow(), body.getString("korrelasjonsid"));
    }

    @Test
    @RunAsClient
    void noTokenIs004InXmlWhenXmlIsAccepted() throws Exception {
        var r = Http.get(api().resolve(SecurityArqIT.ARBEIDSFORHOLD_URL), "application/xml", null);

        assertEquals(401, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"), r.headers()::toString);
        assertTrue(r.body().contains("<feil xmlns=\"" + SkatteetatenErrorFamily.XML_NAMESPACE + "\">"), r::body);
        assertTrue(r.body().contains("<kode>ARBEIDSFORHOLD-004</kode>"), r::body);
    }

    @Test
    @RunAsClient
    void anUnsupportedAcceptIs008InJson() throws Exception {
        var r = Http.get(api().resolve(SecurityArqIT.ARBEIDSFORHOLD_URL), "text/html", null);

        assertEquals(406, r.statusCode(), r::body);
        assertEquals("ARBEIDSFORHOLD-008", jsonBody(r).getString("kode"));
    }

    private URI api() {
        return Http.local(base);
    }

    private static JsonObject jsonBody(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers()::toString);
        return Http.json(r);
    }

    // --- in the container ---

    @Test
    void anApiExceptionFromAnEjbReachesTheCallerUnwrapped() {
        ApiException e = assertThrows(ApiException.class, ejb::rejectInput);
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        assertEquals(400, e.status());
        assertEquals("Ugyldig inndata fra test-EJB.", e.melding());
    }

    @Test
    void aSystemExceptionFromAnEjbIsWrapped() {
        EJBException e = assertThrows(EJBException.class, ejb::fail);
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void theErrorFamilyIsChosenByBasePath() {
        // families come as CDI client proxies of ErrorFamily: judge them by what they render
        ApiError unknownUrl = new ApiError(ErrorKind.UNKNOWN_URL, null, 404, "Ukjent url benyttet.", "k-1");
        String arbeidsforhold = (String) errors.familyFor("/arbeidsforholdioppdrag/v1/whatever").render(unknownUrl, null).getEntity();
        String outside = (String) errors.familyFor("ukjent-api/v1").render(unknownUrl, null).getEntity();

        assertTrue(arbeidsforhold.contains("\"kode\":\"ARBEIDSFORHOLD-003\""), arbeidsforhold);
        assertTrue(outside.contains("\"kode\":\"UNKNOWN_URL\""), outside);
    }
}
