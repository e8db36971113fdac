package no.datadeling.launcher.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import no.datadeling.domain.populasjon.MedlemskapsunntakGenerator;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SyntetiskMedlemskapsunntak;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import no.datadeling.domain.populasjon.SyntetiskTrygdehendelse;
import no.datadeling.domain.populasjon.SyntetiskUforesak;
import no.datadeling.domain.populasjon.UforeGenerator;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.DevTokens;
import no.datadeling.launcher.Main;

/** NAV Helse test data computed from the generator the server loaded, plus tokens and database helpers. */
final class NavHelseData {

    record PersonMedUnntak(SyntetiskPerson person, List<SyntetiskMedlemskapsunntak> unntak) {
    }

    record PersonMedSak(SyntetiskPerson person, SyntetiskUforesak sak) {
    }

    private static List<PersonMedUnntak> unntak;
    private static List<PersonMedSak> saker;
    private static List<SyntetiskPerson> personer;
    private static List<SyntetiskTrygdehendelse> hendelser;

    private NavHelseData() {
    }

    static Populasjon pop() {
        return new Populasjon(DatadelingServer.server().population());
    }

    static synchronized List<PersonMedUnntak> unntak() {
        if (unntak == null) {
            Populasjon pop = pop();
            MedlemskapsunntakGenerator g = new MedlemskapsunntakGenerator(pop);
            List<PersonMedUnntak> out = new ArrayList<>();
            pop.forEachPerson(p -> {
                var m = g.medlemskapsunntak(p);
                if (!m.isEmpty()) {
                    out.add(new PersonMedUnntak(p, m));
                }
            });
            unntak = List.copyOf(out);
        }
        return unntak;
    }

    static PersonMedUnntak unntak(Predicate<PersonMedUnntak> condition) {
        return unntak().stream().filter(condition).findFirst().orElseThrow(() -> new IllegalStateException("no such person"));
    }

    static synchronized List<PersonMedSak> saker() {
        if (saker == null) {
            Populasjon pop = pop();
            UforeGenerator g = new UforeGenerator(pop);
            List<PersonMedSak> out = new ArrayList<>();
            pop.forEachPerson(p -> g.uforesak(p).ifPresent(s -> out.add(new PersonMedSak(p, s))));
            saker = List.copyOf(out);
        }
        return saker;
    }

    static PersonMedSak sak(Predicate<PersonMedSak> condition) {
        return saker().stream().filter(condition).findFirst().orElseThrow(() -> new IllegalStateException("no such case"));
    }

    static synchronized List<SyntetiskPerson> personer() {
        if (personer == null) {
            personer = pop().personer(DatadelingServer.server().population().antallPersoner());
        }
        return personer;
    }

    /** A person of the population without uføre case and without medlemskapsunntak. */
    static SyntetiskPerson personUtenNavData() {
        return personer().stream().filter(p -> saker().stream().noneMatch(s -> s.person().equals(p))
                && unntak().stream().noneMatch(u -> u.person().equals(p))).findFirst().orElseThrow();
    }

    static synchronized List<SyntetiskTrygdehendelse> lastedeHendelser() {
        if (hendelser == null) {
            hendelser = new MedlemskapsunntakGenerator(pop()).trygdehendelser();
        }
        return hendelser;
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    static String maskinporten(String scope) {
        return TestTokens.maskinportenToken(scope);
    }

    static DevTokens.Request altinn2(String offeredBy, String... services) {
        DevTokens.Request r = new DevTokens.Request();
        r.offeredBy = offeredBy;
        r.coveredBy = Main.DEV_ORG;
        r.services.addAll(List.of(services));
        return r;
    }

    static String mint(IssuerKind kind, DevTokens.Request r) {
        return TestTokens.mint(kind, r);
    }

    // ---- database ----------------------------------------------------------------------------------------------

    static long tall(String sql, Object... params) {
        try (Connection c = DatadelingServer.server().connectDatabase(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void utfor(String... sql) {
        try (Connection c = DatadelingServer.server().connectDatabase(); var s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> tekst(String sql, Object... params) {
        try (Connection c = DatadelingServer.server().connectDatabase(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertNavFeil(Http.Response r, int status) {
        org.junit.jupiter.api.Assertions.assertEquals(status, r.status(), r.body());
        org.junit.jupiter.api.Assertions.assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        var body = r.json();
        org.junit.jupiter.api.Assertions.assertEquals(status, body.getInt("status"));
        org.junit.jupiter.api.Assertions.assertFalse(body.getString("message").isBlank());
        org.junit.jupiter.api.Assertions.assertFalse(body.getString("error").isBlank());
        org.junit.jupiter.api.Assertions.assertFalse(body.getString("timestamp").isBlank());
        org.junit.jupiter.api.Assertions.assertEquals(r.header("Korrelasjonsid"), body.getString("callId"));
    }
}
