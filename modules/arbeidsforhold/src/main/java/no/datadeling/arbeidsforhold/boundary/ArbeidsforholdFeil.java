package no.datadeling.arbeidsforhold.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.error.SkatteetatenErrorFamily;

/** The API's error catalogue (ARBEIDSFORHOLD-001..008) in Skatteetaten's common error format. */
@ApplicationScoped
public class ArbeidsforholdFeil extends SkatteetatenErrorFamily {

    public static final String BASE_PATH = "arbeidsforholdioppdrag/";

    public ArbeidsforholdFeil() {
        super("ARBEIDSFORHOLD", List.of(BASE_PATH), Map.ofEntries(
                Map.entry(ErrorKind.UNEXPECTED, "001"),
                Map.entry(ErrorKind.BACKEND, "002"),
                Map.entry(ErrorKind.UNAVAILABLE, "002"),
                Map.entry(ErrorKind.UNKNOWN_URL, "003"),
                Map.entry(ErrorKind.METHOD_NOT_ALLOWED, "003"),
                Map.entry(ErrorKind.UNAUTHENTICATED, "004"),
                Map.entry(ErrorKind.FORBIDDEN, "005"),
                Map.entry(ErrorKind.INVALID_INPUT, "006"),
                Map.entry(ErrorKind.NOT_FOUND, "007"),
                Map.entry(ErrorKind.NOT_ACCEPTABLE, "008"),
                Map.entry(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "008")), "001");
    }
}
