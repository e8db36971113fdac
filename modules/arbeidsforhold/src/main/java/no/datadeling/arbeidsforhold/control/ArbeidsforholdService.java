package no.datadeling.arbeidsforhold.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.datadeling.domain.arbeidsforhold.Arbeidsforholdsperiode;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.ops.DatabaseReadiness;

/** Looks up the employment relation between an oppdragsgiver and an arbeidstaker. */
@ApplicationScoped
public class ArbeidsforholdService {

    /** "Aktiv" is judged on the Norwegian calendar day, whatever the server's zone. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** The relation's periods, oldest first (index arbeidsforhold(arbeidstaker, oppdragsgiver)). */
    static final String PERIODER = """
            select startdato, sluttdato from arbeidsforhold
            where arbeidstaker = ? and oppdragsgiver = ?
            order by startdato, id""";

    @Resource(lookup = DatabaseReadiness.DATASOURCE)
    DataSource dataSource;
    Clock clock = Clock.system(OSLO);

    public record Arbeidsforhold(boolean aktiv, List<Arbeidsforholdsperiode> perioder) {
    }

    /**
     * Plain JDBC on the container's pool: a read-only lookup on the hot path, where a Hibernate session per request made
     * this the slowest lookup of the server.
     *
     * @throws ApiException NOT_FOUND when the two have no relation at all
     */
    public Arbeidsforhold finn(Organisasjonsnummer oppdragsgiver, Foedselsnummer arbeidstaker) {
        List<Arbeidsforholdsperiode> perioder = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(PERIODER)) {
            ps.setString(1, arbeidstaker.verdi());
            ps.setString(2, oppdragsgiver.verdi());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    perioder.add(new Arbeidsforholdsperiode(oppdragsgiver.verdi(), arbeidstaker.verdi(),
                            rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading arbeidsforhold failed", e);
        }
        if (perioder.isEmpty()) {
            throw ApiException.notFound("Fant ikke arbeidsforhold mellom angitt arbeidstaker og arbeidsgiver.");
        }
        return vurder(perioder, LocalDate.now(clock));
    }

    static Arbeidsforhold vurder(List<Arbeidsforholdsperiode> perioder, LocalDate idag) {
        return new Arbeidsforhold(perioder.stream().anyMatch(p -> p.omfatter(idag)), perioder);
    }
}
