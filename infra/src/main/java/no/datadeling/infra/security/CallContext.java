package no.datadeling.infra.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/** Per request: the correlation id we answer with and log under, and the verified caller token (if any). */
@RequestScoped
public class CallContext {

    private String korrelasjonsid;
    private ValidatedToken token;

    public String korrelasjonsid() {
        if (korrelasjonsid == null) {
            korrelasjonsid = UUID.randomUUID().toString();
        }
        return korrelasjonsid;
    }

    void authenticated(ValidatedToken token) {
        this.token = token;
    }

    public Optional<ValidatedToken> token() {
        return Optional.ofNullable(token);
    }

    /** The verified token, or a 401 in the API family's format. */
    public ValidatedToken requireToken() {
        return token().orElseThrow(() -> no.datadeling.infra.error.ApiException.unauthenticated("Mangler gyldig token."));
    }
}
