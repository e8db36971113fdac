package no.datadeling.helserefusjon.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schemas of the bodies the KUHR and SAR resources read and write with JSON-P (and the NDJSON line of the
 * export): the published contract, field for field. The resources build and parse exactly these shapes.
 */
final class HelserefusjonSkjema {

    private HelserefusjonSkjema() {
    }

    @Schema(name = "KuhrFkrHendelse", description = "Én hendelse fra FKR. Ukjente felt avvises.")
    static class KuhrFkrHendelse {
        @Schema(required = true, description = "Produsentens id for hendelsen, unik: 1-64 tegn [A-Za-z0-9._:-]. Samme id sendt"
                + " på nytt med samme innhold kvitteres DUPLIKAT; med annet innhold AVVIST.", pattern = "^[A-Za-z0-9._:-]{1,64}$")
        public String hendelseId;
        @Schema(required = true, enumeration = {"FRIKORT_INNVILGET", "FRIKORT_ANNULLERT", "EGENANDEL_REFUSJON"})
        public String hendelsestype;
        @Schema(required = true, description = "Fødselsnummer eller D-nummer (gyldige kontrollsifre)")
        public String personident;
        @Schema(required = true, description = "Kalenderåret hendelsen gjelder, 2000 til og med neste år", format = "int32")
        public int aar;
        @Schema(format = "date", description = "Påkrevd for FRIKORT_INNVILGET (i aar); ellers ikke tillatt")
        public String gyldigFraOgMed;
        @Schema(description = "Påkrevd for EGENANDEL_REFUSJON: kroner over 0 og høyst 1 000 000, høyst to desimaler; ellers ikke tillatt")
        public java.math.BigDecimal beloep;
        @Schema(format = "date-time", description = "Når FKR laget hendelsen (valgfri, med tidssone)")
        public String opprettet;
    }

    @Schema(name = "KuhrFkrInnsending", description = "En bunt på 1-500 hendelser (eller én hendelse alene, uten bunt)")
    static class KuhrFkrInnsending {
        @Schema(required = true, type = SchemaType.ARRAY, implementation = KuhrFkrHendelse.class, minItems = 1, maxItems = 500)
        public List<KuhrFkrHendelse> hendelser;
    }

    @Schema(name = "KuhrFkrResultat", description = "Utfallet for én hendelse, i samme rekkefølge som i forespørselen")
    static class KuhrFkrResultat {
        @Schema(description = "Hendelsens id (null når den manglet eller var ugyldig)", nullable = true)
        public String hendelseId;
        @Schema(enumeration = {"MOTTATT", "DUPLIKAT", "AVVIST"}, description = "MOTTATT: lagret nå; DUPLIKAT: lagret tidligere,"
                + " ikke lagret på nytt; AVVIST: ikke lagret, se aarsak")
        public String status;
        @Schema(format = "int64", description = "Hendelsens nummer i hendelsesfeeden (MOTTATT og DUPLIKAT)")
        public Long sekvensnummer;
        @Schema(description = "Hvorfor hendelsen ble avvist (bare AVVIST)")
        public String aarsak;
    }

    @Schema(name = "KuhrFkrKvittering", description = "Kvittering: skrives først når de mottatte hendelsene er lagret")
    static class KuhrFkrKvittering {
        @Schema(format = "int32")
        public int antallMottatt;
        @Schema(format = "int32")
        public int antallDuplikater;
        @Schema(format = "int32")
        public int antallAvvist;
        @Schema(type = SchemaType.ARRAY, implementation = KuhrFkrResultat.class)
        public List<KuhrFkrResultat> resultater;
    }

    @Schema(name = "KuhrFkrMottattHendelse")
    static class KuhrFkrMottattHendelse {
        @Schema(format = "int64", description = "Tett nummerering 1..N i commit-rekkefølge")
        public long sekvensnummer;
        @Schema(format = "date-time", description = "Når hendelsen ble lagret")
        public String mottatt;
        @Schema(implementation = KuhrFkrHendelse.class, description = "Hendelsen slik den ble lagret (normalisert)")
        public KuhrFkrHendelse hendelse;
    }

    @Schema(name = "KuhrFkrHendelseside")
    static class KuhrFkrHendelseside {
        @Schema(type = SchemaType.ARRAY, implementation = KuhrFkrMottattHendelse.class)
        public List<KuhrFkrMottattHendelse> hendelser;
        @Schema(format = "int64", description = "Høyeste sekvensnummer som er lagret")
        public long sisteSekvensnummer;
    }

    @Schema(name = "Samhandler", description = "Én rad i Samhandlerregisteret (SAR); også én linje i NDJSON-eksporten")
    static class Samhandler {
        @Schema(description = "11 sifre")
        public String samhandlerId;
        public String navn;
        @Schema(description = "LE, FT, PS, APOK, POLI, RAD, PASR, ...")
        public String samhandlertype;
        @Schema(nullable = true, description = "HPR-nummer for helsepersonell")
        public String hprNummer;
        @Schema(nullable = true)
        public String organisasjonsnummer;
        public String kommunenummer;
        @Schema(format = "date")
        public String gyldigFraOgMed;
        @Schema(format = "date", nullable = true)
        public String gyldigTilOgMed;
        @Schema(format = "int32", description = "Øker ved hver endring")
        public int versjon;
    }

    @Schema(name = "SarEndring")
    static class SarEndring {
        @Schema(format = "int64")
        public long sekvensnummer;
        @Schema(enumeration = {"OPPRETTET", "ENDRET"})
        public String type;
        @Schema(format = "date-time")
        public String tidspunkt;
        @Schema(implementation = Samhandler.class, description = "Samhandleren slik den er etter endringen")
        public Samhandler samhandler;
    }

    @Schema(name = "SarEndringsside")
    static class SarEndringsside {
        @Schema(type = SchemaType.ARRAY, implementation = SarEndring.class)
        public List<SarEndring> endringer;
        @Schema(format = "int64")
        public long sisteSekvensnummer;
    }
}
