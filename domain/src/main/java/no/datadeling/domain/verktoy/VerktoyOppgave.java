package no.datadeling.domain.verktoy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The task a citizen gets on Helsenorge when a tool is sent to them (verktøyoppgave). Invariants: at most one task
 * per tool and citizen that is not {@link OppgaveTilstand#UTLOPT} (a partial unique index); {@code utloper} is
 * the frist plus three months; the behandler (HPR number or fødselsnummer, with the name from the HPR register) is
 * present exactly when the task was sent through the old endpoint v1/Verktoy. The state only moves forward, by the
 * deadline timer or by a send that finds an outdated task.
 */
@Entity
@Table(name = "verktoy_oppgave")
public class VerktoyOppgave {

    /** How the behandler who sent the task is identified (the Behandler answer's IdType). */
    public enum BehandlerIdType {
        HPR, FNR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "oppgave_id")
    private Long id;
    @Column(name = "verktoy_id", nullable = false)
    private UUID verktoyId;
    @Column(name = "innbygger", nullable = false)
    private String innbygger;
    @Column(name = "avsender_orgnr", nullable = false)
    private String avsenderOrgnr;
    @Column(name = "avsender_navn", nullable = false)
    private String avsenderNavn;
    @Enumerated(EnumType.STRING)
    @Column(name = "behandler_id_type")
    private BehandlerIdType behandlerIdType;
    @Column(name = "behandler_id")
    private String behandlerId;
    @Column(name = "behandler_navn")
    private String behandlerNavn;
    @Column(name = "melding")
    private String melding;
    @Column(name = "frist", nullable = false)
    private LocalDate frist;
    @Column(name = "utloper", nullable = false)
    private LocalDate utloper;
    @Enumerated(EnumType.STRING)
    @Column(name = "tilstand", nullable = false)
    private OppgaveTilstand tilstand;
    @Column(name = "tilstand_endret", nullable = false)
    private Instant tilstandEndret;
    @Column(name = "opprettet", nullable = false)
    private Instant opprettet;
    @Column(name = "konsument", nullable = false)
    private String konsument;
    @Column(name = "klient_id", nullable = false)
    private String klientId;
    @Column(name = "korrelasjonsid", nullable = false)
    private String korrelasjonsid;

    protected VerktoyOppgave() {
        // JPA
    }

    /** A new task; {@code tilstand} is the state its dates give on the day it is created. */
    public VerktoyOppgave(UUID verktoyId, String innbygger, String avsenderOrgnr, String avsenderNavn, Behandler behandler,
                          String melding, LocalDate frist, LocalDate utloper, OppgaveTilstand tilstand, Instant naa,
                          String konsument, String klientId, String korrelasjonsid) {
        this.verktoyId = Objects.requireNonNull(verktoyId);
        this.innbygger = Objects.requireNonNull(innbygger);
        this.avsenderOrgnr = Objects.requireNonNull(avsenderOrgnr);
        this.avsenderNavn = Objects.requireNonNull(avsenderNavn);
        if (behandler != null) {
            this.behandlerIdType = behandler.idType();
            this.behandlerId = behandler.id();
            this.behandlerNavn = behandler.navn();
        }
        this.melding = melding;
        this.frist = Objects.requireNonNull(frist);
        this.utloper = Objects.requireNonNull(utloper);
        this.tilstand = Objects.requireNonNull(tilstand);
        this.tilstandEndret = naa;
        this.opprettet = naa;
        this.konsument = Objects.requireNonNull(konsument);
        this.klientId = Objects.requireNonNull(klientId);
        this.korrelasjonsid = Objects.requireNonNull(korrelasjonsid);
    }

    /** The behandler who sent a task: how identified, the identifier, the full name from the HPR register. */
    public record Behandler(BehandlerIdType idType, String id, String navn) {
        public Behandler {
            Objects.requireNonNull(idType);
            Objects.requireNonNull(id);
            Objects.requireNonNull(navn);
        }
    }

    public Long id() {
        return id;
    }

    public UUID verktoyId() {
        return verktoyId;
    }

    public String innbygger() {
        return innbygger;
    }

    public Optional<Behandler> behandler() {
        return behandlerIdType == null ? Optional.empty() : Optional.of(new Behandler(behandlerIdType, behandlerId, behandlerNavn));
    }

    public LocalDate frist() {
        return frist;
    }

    public LocalDate utloper() {
        return utloper;
    }

    public OppgaveTilstand tilstand() {
        return tilstand;
    }

    /** Moves the state forward; a move backwards is a programming error. */
    public void settTilstand(OppgaveTilstand ny, Instant naa) {
        if (ny.ordinal() < tilstand.ordinal()) {
            throw new IllegalStateException("a task's state only moves forward: " + tilstand + " -> " + ny);
        }
        if (ny != tilstand) {
            tilstand = ny;
            tilstandEndret = naa;
        }
    }
}
