package no.datadeling.domain.folkeregister;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;

/** xs:date as {@link LocalDate}: "2017-05-02", the form Folkeregisteret's JSON and XML both use. */
public final class DatoAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String v) {
        return v == null ? null : LocalDate.parse(v.trim());
    }

    @Override
    public String marshal(LocalDate v) {
        return v == null ? null : v.toString();
    }
}
