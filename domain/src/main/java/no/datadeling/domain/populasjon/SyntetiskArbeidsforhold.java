package no.datadeling.domain.populasjon;

import java.time.LocalDate;

/** One employment period; sluttdato null = ongoing. */
public record SyntetiskArbeidsforhold(String oppdragsgiver, String arbeidstaker, LocalDate startdato, LocalDate sluttdato) {
}
