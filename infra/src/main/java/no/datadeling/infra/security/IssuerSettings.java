package no.datadeling.infra.security;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the trusted issuers from configuration (MicroProfile Config in the server, any key lookup in tests):
 * <pre>
 * datadeling.issuers=maskinporten,idporten,helseid,altinn
 * datadeling.issuer.NAME.enabled / .kind / .issuer / .jwks-url | .jwks-file / .audiences / .audience-optional
 * datadeling.dev-issuer.enabled / datadeling.dev-issuer.jwks-file
 * </pre>
 * Env vars follow MicroProfile's mapping, e.g. {@code DATADELING_ISSUER_MASKINPORTEN_JWKS_URL}.
 */
public final class IssuerSettings {

    private IssuerSettings() {
    }

    public static List<IssuerConfig> read(Function<String, Optional<String>> config) {
        List<IssuerConfig> out = new ArrayList<>();
        for (String name : list(config.apply("datadeling.issuers").orElse("maskinporten,idporten,helseid,altinn"))) {
            String p = "datadeling.issuer." + name + ".";
            if (!Boolean.parseBoolean(config.apply(p + "enabled").orElse("true"))) {
                continue;
            }
            IssuerKind kind = IssuerKind.valueOf(config.apply(p + "kind").orElse(name).toUpperCase(Locale.ROOT));
            String iss = config.apply(p + "issuer").orElseThrow(() -> new IllegalStateException("missing " + p + "issuer"));
            URI url = config.apply(p + "jwks-url").filter(s -> !s.isBlank()).map(URI::create).orElse(null);
            Path file = config.apply(p + "jwks-file").filter(s -> !s.isBlank()).map(Path::of).orElse(null);
            Set<String> audiences = new LinkedHashSet<>(list(config.apply(p + "audiences").orElse("")));
            boolean optional = Boolean.parseBoolean(config.apply(p + "audience-optional").orElse("false"));
            out.add(new IssuerConfig(name, kind, iss, url, file, audiences, optional, false));
        }
        if (Boolean.parseBoolean(config.apply("datadeling.dev-issuer.enabled").orElse("false"))) {
            Path file = Path.of(config.apply("datadeling.dev-issuer.jwks-file")
                    .orElseThrow(() -> new IllegalStateException("dev issuer enabled without datadeling.dev-issuer.jwks-file")));
            out.add(dev(IssuerKind.MASKINPORTEN, file, Set.of("unspecified"), true));
            out.add(dev(IssuerKind.IDPORTEN, file, Set.of("unspecified"), true));
            out.add(dev(IssuerKind.HELSEID, file, Set.of(DevIssuers.HELSEID_AUDIENCE), false));
            out.add(dev(IssuerKind.ALTINN, file, Set.of(), false));
        }
        return out;
    }

    private static IssuerConfig dev(IssuerKind kind, Path jwks, Set<String> audiences, boolean audienceOptional) {
        return new IssuerConfig("dev-" + kind.name().toLowerCase(Locale.ROOT), kind, DevIssuers.ISSUERS.get(kind), null, jwks,
                audiences, audienceOptional, true);
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
