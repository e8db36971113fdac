package no.datadeling.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import no.datadeling.domain.populasjon.PopulasjonSpec;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.security.IssuerKind;

/** {@code java -jar datadeling.jar [serve|token|sample|grant|help] ...} */
public final class Main {

    /** The organisation dev tokens are issued to by default; it holds every rights package in the sandbox. */
    public static final String DEV_ORG = "889640782";

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] argv) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n");
        String command = argv.length > 0 && !argv[0].startsWith("--") ? argv[0] : "serve";
        int from = argv.length > 0 && !argv[0].startsWith("--") ? 1 : 0;
        try {
            int status = switch (command) {
                case "serve" -> serve(argv, from);
                case "token" -> token(argv, from, System.out);
                case "sample" -> Sample.run(new Args(argv, from, Set.of("kind", "count", "data-dir"), Set.of()), System.out);
                case "grant" -> Grant.run(new Args(argv, from, Set.of("org", "package", "data-dir"), Set.of("revoke")), System.out);
                case "audit-verify" -> AuditVerify.run(new Args(argv, from, Set.of("data-dir"), Set.of()), System.out);
                case "help", "--help", "-h" -> help(System.out);
                default -> throw new Args.UsageException("unknown command " + command);
            };
            System.exit(status);
        } catch (Args.UsageException e) {
            System.err.println("datadeling: " + e.getMessage());
            help(System.err);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("datadeling: " + e.getMessage());
            LOG.log(java.util.logging.Level.FINE, "failure", e);
            System.exit(1);
        }
    }

    static Path dataDir(Args a) {
        return Path.of(a.get("data-dir").orElse("data")).toAbsolutePath().normalize();
    }

    static Path home() throws Exception {
        String home = System.getProperty("datadeling.home");
        if (home != null) {
            return Path.of(home);
        }
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    private static int serve(String[] argv, int from) throws Exception {
        Args a = new Args(argv, from, Set.of("port", "population", "seed", "data-dir"), Set.of("fresh", "no-dev-issuer"));
        Optional<PopulasjonSpec> population = Optional.empty();
        if (a.get("population").isPresent() || a.get("seed").isPresent()) {
            population = Optional.of(new PopulasjonSpec(a.get("seed").map(Long::parseLong).orElse(PopulasjonSpec.DEFAULT_SEED),
                    a.intValue("population", PopulasjonSpec.DEFAULT_ANTALL)));
        }
        var settings = new Server.Settings(home(), dataDir(a), a.intValue("port", 8080), a.flag("fresh"), population,
                !a.flag("no-dev-issuer"), System.getenv(), payaraJvmFlags(), null);
        // the hook comes first: a SIGTERM during start-up must still stop whatever has started by then
        Shutdown shutdown = new Shutdown();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping Payara Micro and PostgreSQL");
            shutdown.closeAll();
            stopped.countDown();
        }, "datadeling-shutdown"));
        Server server = Server.start(settings, shutdown);
        printWelcome(server, System.out);
        stopped.await();
        return 0;
    }

    /** DATADELING_PAYARA_JVM_OPTS replaces the dev flags, e.g. "-Xmx2g" for production-like JIT and GC. */
    static java.util.List<String> payaraJvmFlags() {
        String opts = System.getenv("DATADELING_PAYARA_JVM_OPTS");
        return opts == null || opts.isBlank() ? Server.DEV_JVM_FLAGS : java.util.List.of(opts.trim().split("\\s+"));
    }

    private static void printWelcome(Server server, PrintStream out) {
        var pair = Sample.arbeidsforhold(server.population(), 1).stream().findFirst();
        out.println();
        out.println("Datadeling is running at " + server.baseUrl() + " (loopback only). Ctrl-C stops it.");
        out.println("Get a token (dev issuer, org " + DEV_ORG + "):");
        out.println("  TOKEN=$(java -jar launcher/target/datadeling.jar token --issuer maskinporten --scope skatteetaten:arbeidsforhold)");
        pair.ifPresent(p -> out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + server.baseUrl()
                + "arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/oppdragsgiver/" + p.oppdragsgiver() + "/arbeidstaker/"
                + p.arbeidstaker()));
        out.println("Identifiers to try: java -jar launcher/target/datadeling.jar sample --kind person|org|arbeidsforhold|medlemskap|ufore|trygdehendelse|tpnr|pensjon|aap|simulering|frikort|samhandler|verktoy|innbygger|behandler");
        out.println("Folkeregisteret: TOKEN=$(java -jar launcher/target/datadeling.jar token --scope folkeregister:deling/offentligmedhjemmel)");
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + server.baseUrl() + "folkeregisteret/offentlig-med-hjemmel/api/v1/personer/<fnr>"
                + "   (fnr from: sample --kind familie|historikk|dnummer|adressebeskyttelse|verge)");
        out.println("Health " + server.baseUrl() + "health  Metrics " + server.baseUrl() + "metrics  OpenAPI " + server.baseUrl() + "openapi");
        out.println();
    }

    static int token(String[] argv, int from, PrintStream out) throws Exception {
        Args a = new Args(argv, from, Set.of("issuer", "scope", "org", "client-id", "supplier", "pid", "acr", "hpr", "child-org",
                "audience", "ttl", "offered-by", "covered-by", "handled-by", "service", "services", "valid-to", "fra-og-med",
                "til-og-med", "consent-for", "consent-resource", "data-dir"), Set.of());
        IssuerKind kind = IssuerKind.valueOf(a.get("issuer").orElse("maskinporten").toUpperCase(Locale.ROOT));
        DevTokens.Request r = new DevTokens.Request();
        r.scope = String.join(" ", a.all("scope"));
        r.org = a.get("org").orElse(DEV_ORG);
        if (!Organisasjonsnummer.isValid(r.org)) {
            throw new Args.UsageException("--org is not a valid organisasjonsnummer");
        }
        r.clientId = a.get("client-id").orElse(null);
        r.supplier = a.get("supplier").orElse(null);
        r.pid = a.get("pid").orElse(null);
        if (r.pid != null && !Foedselsnummer.isValid(r.pid)) {
            throw new Args.UsageException("--pid is not a valid fødselsnummer or D-nummer");
        }
        r.acr = a.get("acr").orElse(r.acr);
        r.hpr = a.get("hpr").orElse(null);
        r.childOrg = a.get("child-org").orElse(null);
        r.audience = a.get("audience").orElse(null);
        r.ttlSeconds = a.intValue("ttl", 3600);
        r.offeredBy = a.get("offered-by").orElse(null);
        r.coveredBy = a.get("covered-by").orElse(null);
        r.handledBy = a.get("handled-by").orElse(null);
        r.services.addAll(a.all("service"));
        a.all("services").forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty())
                .forEach(r.services::add));
        r.validTo = a.get("valid-to").map(v -> dato(v, "--valid-to")).orElse(null);
        r.fraOgMed = a.get("fra-og-med").map(v -> dato(v, "--fra-og-med")).orElse(null);
        r.tilOgMed = a.get("til-og-med").map(v -> dato(v, "--til-og-med")).orElse(null);
        r.consentFor = a.get("consent-for").orElse(null);
        r.consentResource = a.get("consent-resource").orElse(r.consentResource);
        if (kind == IssuerKind.ALTINN && r.offeredBy == null) {
            throw new Args.UsageException("--issuer altinn needs --offered-by <fnr of the consenting person>");
        }
        if (r.consentFor != null && (kind != IssuerKind.MASKINPORTEN || !Foedselsnummer.isValid(r.consentFor))) {
            throw new Args.UsageException("--consent-for needs --issuer maskinporten and a valid fødselsnummer or D-nummer");
        }
        var key = DevKeys.loadOrCreate(dataDir(a).resolve("keys"));
        out.println(new DevTokens(key).mint(kind, r));
        return 0;
    }

    /** dd.MM.yyyy (how consent metadata writes dates) or yyyy-MM-dd. */
    static LocalDate dato(String v, String option) {
        try {
            return v.contains(".") ? LocalDate.parse(v, java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT)) : LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new Args.UsageException(option + " must be a date, dd.MM.yyyy or yyyy-MM-dd");
        }
    }

    private static int help(PrintStream out) {
        out.println("""
                usage: java -jar launcher/target/datadeling.jar [command] [options]

                  serve (default)   start embedded PostgreSQL (unless DATADELING_DB_URL is set) and Payara Micro on 127.0.0.1
                      --port N (8080)  --population N (10000, max 1000000)  --seed S  --fresh (wipe ./data)
                      --data-dir DIR (./data)  --no-dev-issuer
                  token             print a dev-issuer JWT the embedded server accepts
                      --issuer maskinporten|idporten|helseid|altinn  --scope S (repeatable)  --org ORGNR (%s)
                      --client-id  --supplier ORGNR  --pid FNR  --acr  --hpr N  --child-org ORGNR  --audience  --ttl SECONDS
                      altinn (Altinn 2 consent): --offered-by FNR --covered-by ORGNR (--org) --handled-by ORGNR
                          --services CODE[,CODE] (or --service, repeatable) --valid-to DATE
                          --fra-og-med dd.MM.yyyy --til-og-med dd.MM.yyyy (consent period metadata)
                      maskinporten with an Altinn 3 consent: --consent-for FNR [--consent-resource NAME]
                          [--fra-og-med dd.MM.yyyy --til-og-med dd.MM.yyyy --valid-to DATE --covered-by ORGNR]
                  sample            print identifiers that exist in the data set
                      --kind person|org|arbeidsforhold|medlemskap|ufore|trygdehendelse|tpnr|pensjon|aap|simulering|frikort|samhandler|verktoy|innbygger|behandler|veiledningstjeneste
                      --count N (10)
                  audit-verify      recompute every audit hash chain; names the first broken row of each (exit 1)
                      Folkeregisteret: --kind familie|historikk|persondokument|dnummer|dublett|adressebeskyttelse|verge|doed|utflyttet
                  grant             grant (or --revoke) a rights package to an organisation in the database
                      --org ORGNR --package NAME|*
                """.formatted(DEV_ORG));
        return 0;
    }

    static Map<String, String> env() {
        return System.getenv();
    }
}
