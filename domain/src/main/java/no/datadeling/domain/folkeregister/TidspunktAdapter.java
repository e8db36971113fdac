package no.datadeling.domain.folkeregister;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * xs:dateTime as {@link OffsetDateTime} with its offset, "2019-06-05T09:33:23+02:00" or with a fraction as the register
 * keeps it ("2022-03-14T14:41:28.711214642+01:00"): never a zone-id suffix like "[GMT]".
 */
public final class TidspunktAdapter extends XmlAdapter<String, OffsetDateTime> {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Override
    public OffsetDateTime unmarshal(String v) {
        return v == null ? null : OffsetDateTime.parse(v.trim(), FORMAT);
    }

    @Override
    public String marshal(OffsetDateTime v) {
        return v == null ? null : tekst(v);
    }

    /**
     * The same text as {@link #FORMAT} (seconds always, the fraction without trailing zeros, offset as +hh:mm or Z),
     * built by hand: the generator writes millions of timestamps and DateTimeFormatter was its hottest method.
     */
    public static String tekst(OffsetDateTime v) {
        int aar = v.getYear();
        if (aar < 1000 || aar > 9999 || v.getOffset().getTotalSeconds() % 60 != 0) {
            return FORMAT.format(v);
        }
        StringBuilder sb = new StringBuilder(35);
        sb.append(aar).append('-');
        to(sb, v.getMonthValue()).append('-');
        to(sb, v.getDayOfMonth()).append('T');
        to(sb, v.getHour()).append(':');
        to(sb, v.getMinute()).append(':');
        to(sb, v.getSecond());
        int nano = v.getNano();
        if (nano > 0) {
            String brok = Integer.toString(1_000_000_000 + nano).substring(1);
            int slutt = 9;
            while (brok.charAt(slutt - 1) == '0') {
                slutt--;
            }
            sb.append('.').append(brok, 0, slutt);
        }
        int offset = v.getOffset().getTotalSeconds();
        if (offset == 0) {
            return sb.append('Z').toString();
        }
        sb.append(offset < 0 ? '-' : '+');
        offset = Math.abs(offset);
        to(sb, offset / 3600).append(':');
        return to(sb, offset / 60 % 60).toString();
    }

    private static StringBuilder to(StringBuilder sb, int v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
