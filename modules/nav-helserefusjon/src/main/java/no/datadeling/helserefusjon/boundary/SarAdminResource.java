package no.datadeling.helserefusjon.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.datadeling.helserefusjon.control.SarService;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.security.RequiresScope;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Changes to SAR rows, the sandbox's write path for the SAR feed (SAR's own maintenance is NAV-internal):
 * {@code PUT {server}/admin/nav-helserefusjon/v1/samhandlere/{samhandlerId}} with {@code navn} and/or
 * {@code gyldigTilOgMed} (null reopens). The row's versjon goes up and the change is published (ENDRET, with the row as
 * it now reads) in the same transaction. Needs scope {@value #SCOPE} and {@code datadeling.admin.enabled=true}.
 */
@RequestScoped
@Path(HelserefusjonFeil.ADMIN + "v1/samhandlere")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Datadeling admin", description = "Endringer i SAR (sandkasse og drift)")
public class SarAdminResource {

    public static final String SCOPE = "datadeling:admin";
    private static final JsonReaderFactory LESER = Json.createReaderFactory(null);

    private SarService service;

    @Inject
    SarAdminResource(SarService service) {
        this.service = service;
    }

    SarAdminResource() {
        // CDI proxy
    }

    @PUT
    @Path("{samhandlerId}")
    @RequiresScope(SCOPE)
    @Operation(summary = "Endre en samhandler i SAR (hendelse ENDRET i SAR-feeden)")
    public String endre(@PathParam("samhandlerId") String samhandlerId, String body) {
        boolean paa = ConfigProvider.getConfig(SarAdminResource.class.getClassLoader())
                .getOptionalValue("datadeling.admin.enabled", Boolean.class).orElse(false);
        if (!paa) {
            throw new ApiException(ErrorKind.UNKNOWN_URL, "Ukjent url benyttet.");
        }
        if (samhandlerId == null || !samhandlerId.matches("[0-9]{11}")) {
            throw ApiException.invalidInput("Ugyldig samhandlerId: forventet 11 sifre.");
        }
        JsonObject o;
        try (var r = LESER.createReader(new StringReader(body == null ? "" : body))) {
            o = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.invalidInput("Forventet et JSON-objekt.");
        }
        Optional<String> navn = Optional.empty();
        if (o.containsKey("navn")) {
            if (!(o.get("navn") instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > 200) {
                throw ApiException.invalidInput("Ugyldig navn (1-200 tegn).");
            }
            navn = Optional.of(s.getString().trim());
        }
        Optional<Optional<LocalDate>> til = Optional.empty();
        if (o.containsKey("gyldigTilOgMed")) {
            JsonValue v = o.get("gyldigTilOgMed");
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                til = Optional.of(Optional.empty());
            } else {
                try {
                    til = Optional.of(Optional.of(LocalDate.parse(((JsonString) v).getString())));
                } catch (ClassCastException | DateTimeParseException e) {
                    throw ApiException.invalidInput("Ugyldig gyldigTilOgMed: forventet ÅÅÅÅ-MM-DD eller null.");
                }
            }
        }
        if (navn.isEmpty() && til.isEmpty()) {
            throw ApiException.invalidInput("Ingen endring: oppgi navn og/eller gyldigTilOgMed.");
        }
        return service.endre(samhandlerId, navn, til)
                .orElseThrow(() -> ApiException.notFound("Fant ikke samhandler " + samhandlerId + "."));
    }
}
