package no.datadeling.helserefusjon.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import no.datadeling.helserefusjon.entity.Frikortvedtak;
import no.datadeling.helserefusjon.entity.Mottaker;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders the frikortvedtak letter as a one-page A4 PDF with Apache PDFBox: addressee block, date, title, what was
 * decided (year, tak, the date it was reached, validity), what is refunded, and the legal basis. Helvetica (a standard
 * PDF font, WinAnsi encoding) covers Norwegian letters; a character it cannot show becomes "?" rather than failing.
 */
public final class FrikortbrevPdf {

    public static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final float MARG = 70;
    private static final float BREDDE = PDRectangle.A4.getWidth() - 2 * MARG;

    private FrikortbrevPdf() {
    }

    public static String tittel(Frikortvedtak v) {
        return "Vedtak om frikort for egenandeler " + v.aar();
    }

    /** Whole kroner with a space between thousands, as Norwegian letters write them: 3 278. */
    public static String kroner(int beloep) {
        return String.format("%,d", beloep).replace(',', ' ');
    }

    public static byte[] lag(Frikortvedtak v, Mottaker m) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream(8192)) {
            PDPage side = new PDPage(PDRectangle.A4);
            doc.addPage(side);
            PDFont normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont fet = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream cs = new PDPageContentStream(doc, side)) {
                Skriver s = new Skriver(cs, PDRectangle.A4.getHeight() - MARG);
                s.linje(fet, 11, "NAV Helserefusjon");
                s.mellom(28);
                s.linje(normal, 11, m.navn());
                for (String l : m.adresselinjer()) {
                    s.linje(normal, 11, l);
                }
                if (m.postnummer() != null || m.poststed() != null) {
                    s.linje(normal, 11, ((m.postnummer() == null ? "" : m.postnummer()) + " "
                            + (m.poststed() == null ? "" : m.poststed())).trim());
                }
                if (m.adresseSkjermet()) {
                    s.linje(normal, 9, "(Adressen er skjermet i Folkeregisteret og vises ikke.)");
                }
                s.mellom(24);
                s.linje(normal, 10, "Dato: " + DATO.format(v.vedtaksdato()) + "        Vedtaks-ID: " + v.vedtakId());
                s.mellom(18);
                s.linje(fet, 15, tittel(v));
                s.mellom(10);
                s.avsnitt(normal, 11, "Du har betalt egenandeler for helsetjenester som til sammen har nådd egenandelstaket for "
                        + v.aar() + " på " + kroner(v.egenandelstak()) + " kroner. Taket ble nådd " + DATO.format(v.datoTakNaadd()) + ".");
                s.avsnitt(normal, 11, "Du har derfor frikort for egenandeler fra og med " + DATO.format(v.gyldigFraOgMed())
                        + " til og med " + DATO.format(v.gyldigTilOgMed()) + ". I denne perioden skal du ikke betale egenandeler"
                        + " for helsetjenester som omfattes av egenandelstaket.");
                s.avsnitt(normal, 11, "Registrerte egenandeler til og med " + DATO.format(v.datoTakNaadd()) + ": "
                        + kroner(v.sumEgenandeler()) + " kroner." + (v.overskytende() > 0
                        ? " Det du har betalt over taket, " + kroner(v.overskytende()) + " kroner, blir utbetalt til deg." : ""));
                s.avsnitt(normal, 11, "Vedtaket er gjort etter folketrygdloven § 5-3 og forskrift om egenandelstak. Du kan klage"
                        + " på vedtaket innen seks uker fra du mottok det.");
                s.mellom(12);
                s.linje(normal, 11, "Med vennlig hilsen");
                s.linje(normal, 11, "NAV Helserefusjon");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(tittel(v));
            info.setAuthor("NAV Helserefusjon");
            info.setSubject("Frikortvedtak " + v.vedtakId());
            Calendar laget = new GregorianCalendar(TimeZone.getTimeZone("Europe/Oslo"));
            laget.clear();
            laget.set(v.vedtaksdato().getYear(), v.vedtaksdato().getMonthValue() - 1, v.vedtaksdato().getDayOfMonth());
            info.setCreationDate(laget);
            doc.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines top-down. */
    private static final class Skriver {
        private final PDPageContentStream cs;
        private float y;

        Skriver(PDPageContentStream cs, float y) {
            this.cs = cs;
            this.y = y;
        }

        void mellom(float pt) {
            y -= pt;
        }

        void linje(PDFont font, float storrelse, String tekst) throws IOException {
            y -= storrelse * 1.35f;
            cs.beginText();
            cs.setFont(font, storrelse);
            cs.newLineAtOffset(MARG, y);
            cs.showText(trygg(font, tekst));
            cs.endText();
        }

        void avsnitt(PDFont font, float storrelse, String tekst) throws IOException {
            for (String l : bryt(font, storrelse, trygg(font, tekst))) {
                linje(font, storrelse, l);
            }
            y -= storrelse * 0.6f;
        }

        private static List<String> bryt(PDFont font, float storrelse, String tekst) throws IOException {
            List<String> linjer = new ArrayList<>();
            StringBuilder linje = new StringBuilder();
            for (String ord : tekst.split(" ")) {
                String forsok = linje.isEmpty() ? ord : linje + " " + ord;
                if (!linje.isEmpty() && font.getStringWidth(forsok) / 1000 * storrelse > BREDDE) {
                    linjer.add(linje.toString());
                    linje = new StringBuilder(ord);
                } else {
                    linje = new StringBuilder(forsok);
                }
            }
            if (!linje.isEmpty()) {
                linjer.add(linje.toString());
            }
            return linjer;
        }
    }

    /** The text with every character the font cannot encode replaced by "?". */
    static String trygg(PDFont font, String tekst) {
        StringBuilder b = new StringBuilder(tekst.length());
        tekst.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
