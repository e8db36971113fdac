package no.datadeling.simulering.entity;

import java.time.LocalDate;

/** One beregningsperiode of the person's uføretrygd (uforeberegningsperiode): the degree from fom to tom (null: ongoing). */
public record Uforeperiode(LocalDate fom, LocalDate tom, int uforegrad) {

    public boolean gjelder(LocalDate dag) {
        return !dag.isBefore(fom) && (tom == null || !dag.isAfter(tom));
    }
}
