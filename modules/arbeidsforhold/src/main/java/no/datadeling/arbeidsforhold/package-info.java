/**
 * Skatteetaten "Arbeidsforhold i oppdrag": is there, and for which periods, an employment relation between an
 * oppdragsgiver (organisasjonsnummer) and an arbeidstaker (fødselsnummer/D-nummer). Depends on domain and infra only.
 */
package no.datadeling.arbeidsforhold;
