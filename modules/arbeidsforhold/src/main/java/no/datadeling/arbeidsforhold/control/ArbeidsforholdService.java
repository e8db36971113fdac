package no.datadeling.arbeidsforhold.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.datadeling.domain.arbeidsforhold.Arbeidsforholdsperiode;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ident.Organisasjonsnummer;

/** Looks up the employment relation between an oppdragsgiver and an arbeidstaker. */
@ApplicationScoped
public class ArbeidsforholdService {

    /** "Aktiv" is judged on the Norwegian calendar day, whatever the server's zone. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    Clock clock = Clock.system(OSLO);

    public record Arbeidsforhold(boolean aktiv, List<Arbeidsforholdsperiode> perioder) {
    }

    /** @throws ApiException NOT_FOUND when the two have no relation at all */
    public Arbeidsforhold finn(Organisasjonsnummer oppdragsgiver, Foedselsnummer arbeidstaker) {
        List<Arbeidsforholdsperiode> perioder = em.createQuery("""
                        select p from Arbeidsforholdsperiode p
                        where p.arbeidstaker = :arbeidstaker and p.oppdragsgiver = :oppdragsgiver
                        order by p.startdato, p.id""", Arbeidsforholdsperiode.class)
                .setParameter("arbeidstaker", arbeidstaker.verdi())
                .setParameter("oppdragsgiver", oppdragsgiver.verdi())
                .getResultList();
        if (perioder.isEmpty()) {
            throw ApiException.notFound("Fant ikke arbeidsforhold mellom angitt arbeidstaker og arbeidsgiver.");
        }
        return vurder(perioder, LocalDate.now(clock));
    }

    static Arbeidsforhold vurder(List<Arbeidsforholdsperiode> perioder, LocalDate idag) {
        return new Arbeidsforhold(perioder.stream().anyMatch(p -> p.omfatter(idag)), perioder);
    }
}
