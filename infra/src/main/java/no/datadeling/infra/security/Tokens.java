package no.datadeling.infra.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The server's token validator, built once from configuration. */
@ApplicationScoped
public class Tokens {

    private static final Logger LOG = Logger.getLogger(Tokens.class.getName());
    private TokenValidator validator;

    @PostConstruct
    void init() {
        Config config = ConfigProvider.getConfig(Tokens.class.getClassLoader());
        var issuers = IssuerSettings.read(key -> config.getOptionalValue(key, String.class));
        validator = new TokenValidator(issuers, Clock.systemUTC());
        issuers.forEach(i -> LOG.info(() -> "trusting issuer " + i.name() + " (" + i.kind() + ") iss=" + i.issuer()
                + (i.development() ? " [development issuer]" : "")));
    }

    public ValidatedToken validate(String token, Set<IssuerKind> kinds) throws TokenRejectedException {
        return validator.validate(token, kinds);
    }
}
