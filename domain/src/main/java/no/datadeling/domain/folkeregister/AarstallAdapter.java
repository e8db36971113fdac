package no.datadeling.domain.folkeregister;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Year;

/** xs:gYear as {@link Year}: "1924" (the JSON examples carry it as a string, e.g. "foedselsaar": "1924"). */
public final class AarstallAdapter extends XmlAdapter<String, Year> {

    @Override
    public Year unmarshal(String v) {
        return v == null ? null : Year.parse(v.trim());
    }

    @Override
    public String marshal(Year v) {
        return v == null ? null : tekst(v);
    }

    static String tekst(Year v) {
        String s = Integer.toString(v.getValue());
        return s.length() >= 4 ? s : "0".repeat(4 - s.length()) + s;
    }
}
