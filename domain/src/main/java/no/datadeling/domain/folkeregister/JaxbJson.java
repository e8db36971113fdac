package no.datadeling.domain.folkeregister;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for the JAXB classes generated from our person XSD, with the XSD's element names, in the XSD's element order,
 * and the value forms of Folkeregisteret's JSON (enumerations as the XSD spells them, dates "2017-05-02", timestamps
 * with offset, gYear as a string). The XSD is the one source of names: JSON and XML cannot drift apart.
 *
 * <p>Why not JSON-B: Yasson writes enum constant names ("BOSATT" instead of "bosatt"), orders properties
 * alphabetically, and cannot fill the getter-only lists xjc generates. Metadata is computed once per class.
 */
public final class JaxbJson {

    /** Cached: looking the provider up per call costs a ServiceLoader scan. */
    public static final JsonProvider JSON = JsonProvider.provider();

    enum Art { TEKST, BOOLSK, HELTALL, DATO, TIDSPUNKT, AAR, ENUM, OBJEKT }

    /** One element of a complex type: JSON/XML name, the field holding it, what kind of value, and whether it repeats. */
    record Egenskap(String navn, Field felt, Art art, Class<?> type, boolean liste, Map<String, Object> enumFraTekst,
                    Map<Object, String> enumTilTekst) {
    }

    /** The elements of one complex type in document order (base type's first). */
    public static final class Klasse {
        final Class<?> type;
        final List<Egenskap> egenskaper;
        final Map<String, Egenskap> etterNavn;
        final List<String> navn;

        Klasse(Class<?> type, List<Egenskap> egenskaper) {
            this.type = type;
            this.egenskaper = List.copyOf(egenskaper);
            this.navn = egenskaper.stream().map(Egenskap::navn).toList();
            Map<String, Egenskap> m = new HashMap<>();
            egenskaper.forEach(e -> m.put(e.navn(), e));
            this.etterNavn = Collections.unmodifiableMap(m);
        }

        public List<String> navn() {
            return navn;
        }

        /** Whether the element repeats (a JSON array). */
        public boolean gjentas(String navn) {
            Egenskap e = etterNavn.get(navn);
            return e != null && e.liste();
        }

        /** The class of a complex element (for lists: of its items), or null for a simple one or an unknown name. */
        public Class<?> typeFor(String navn) {
            Egenskap e = etterNavn.get(navn);
            return e != null && e.art() == Art.OBJEKT ? e.type() : null;
        }
    }

    private static final ClassValue<Klasse> KLASSER = new ClassValue<>() {
        @Override
        protected Klasse computeValue(Class<?> type) {
            return analyser(type);
        }
    };

    private JaxbJson() {
    }

    public static Klasse klasse(Class<?> type) {
        return KLASSER.get(type);
    }

    // ---- JAXB object -> JSON -------------------------------------------------------------------------------------

    public static String tilJson(Object jaxb) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            skriv(jaxb, g);
        }
        return out.toString();
    }

    /** {@code jaxb} as a JSON object's UTF-8 text. */
    public static byte[] tilJsonBytes(Object jaxb) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            skriv(jaxb, g);
        }
        return out.toByteArray();
    }

    /** The JSON text of a simple (non-list, non-object) element of {@code jaxb}, or null when it has none or no such element. */
    public static String tekstverdi(Object jaxb, String navn) {
        Egenskap e = klasse(jaxb.getClass()).etterNavn.get(navn);
        if (e == null || e.liste() || e.art() == Art.OBJEKT) {
            return null;
        }
        Object v = hent(e, jaxb);
        if (v == null) {
            return null;
        }
        return switch (e.art()) {
            case BOOLSK, HELTALL -> v.toString();
            default -> tekst(e, v);
        };
    }

    /** Writes {@code jaxb} as a JSON object (as an array item or the root). */
    public static void skriv(Object jaxb, JsonGenerator g) {
        g.writeStartObject();
        skrivInnhold(jaxb, g);
        g.writeEnd();
    }

    private static void skrivInnhold(Object jaxb, JsonGenerator g) {
        for (Egenskap e : klasse(jaxb.getClass()).egenskaper) {
            Object v = hent(e, jaxb);
            if (v == null) {
                continue;
            }
            if (e.liste()) {
                List<?> liste = (List<?>) v;
                if (liste.isEmpty()) {
                    continue;
                }
                g.writeStartArray(e.navn());
                for (Object item : liste) {
                    skrivVerdi(e, item, g, null);
                }
                g.writeEnd();
            } else {
                skrivVerdi(e, v, g, e.navn());
            }
        }
    }

    private static void skrivVerdi(Egenskap e, Object v, JsonGenerator g, String navn) {
        switch (e.art()) {
            case OBJEKT -> {
                if (navn == null) {
                    g.writeStartObject();
                } else {
                    g.writeStartObject(navn);
                }
                skrivInnhold(v, g);
                g.writeEnd();
            }
            case BOOLSK -> skriv(g, navn, (Boolean) v ? JsonValue.TRUE : JsonValue.FALSE);
            case HELTALL -> skriv(g, navn, JSON.createValue((Long) v));
            default -> skriv(g, navn, JSON.createValue(tekst(e, v)));
        }
    }

    private static void skriv(JsonGenerator g, String navn, JsonValue v) {
        if (navn == null) {
            g.write(v);
        } else {
            g.write(navn, v);
        }
    }

    private static String tekst(Egenskap e, Object v) {
        return switch (e.art()) {
            case TEKST -> (String) v;
            case DATO -> v.toString();
            case TIDSPUNKT -> TidspunktAdapter.tekst((OffsetDateTime) v);
            case AAR -> AarstallAdapter.tekst((Year) v);
            case ENUM -> e.enumTilTekst().get(v);
            default -> throw new IllegalStateException(e.art().toString());
        };
    }

    // ---- JSON -> JAXB object -------------------------------------------------------------------------------------

    /** Reads a JSON object written by {@link #tilJson} (or the API) into the JAXB class; unknown names are an error. */
    public static <T> T les(JsonObject json, Class<T> type) {
        Klasse k = klasse(type);
        T obj = nyInstans(type);
        for (Map.Entry<String, JsonValue> entry : json.entrySet()) {
            Egenskap e = k.etterNavn.get(entry.getKey());
            if (e == null) {
                throw new IllegalArgumentException("unknown element " + entry.getKey() + " in " + type.getSimpleName());
            }
            JsonValue v = entry.getValue();
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (e.liste()) {
                List<Object> liste = new ArrayList<>();
                for (JsonValue item : v.asJsonArray()) {
                    liste.add(lesVerdi(e, item));
                }
                sett(e, obj, liste);
            } else {
                sett(e, obj, lesVerdi(e, v));
            }
        }
        return obj;
    }

    private static Object lesVerdi(Egenskap e, JsonValue v) {
        return switch (e.art()) {
            case OBJEKT -> les(v.asJsonObject(), e.type());
            case BOOLSK -> v == JsonValue.TRUE;
            case HELTALL -> ((JsonNumber) v).longValueExact();
            case TEKST -> streng(v);
            case DATO -> LocalDate.parse(streng(v));
            case TIDSPUNKT -> OffsetDateTime.parse(streng(v), TidspunktAdapter.FORMAT);
            case AAR -> Year.parse(streng(v));
            case ENUM -> {
                Object c = e.enumFraTekst().get(streng(v));
                if (c == null) {
                    throw new IllegalArgumentException("unknown value for " + e.navn());
                }
                yield c;
            }
        };
    }

    private static String streng(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    // ---- stored JSON -> JSON in document order -------------------------------------------------------------------

    /**
     * Writes a JSON object of {@code type} with the members in the XSD's order (PostgreSQL's jsonb keeps its own key
     * order). Values are passed through unchanged; members the type does not know are dropped.
     */
    public static void skrivIRekkefoelge(JsonObject json, Class<?> type, JsonGenerator g, String navn) {
        if (navn == null) {
            g.writeStartObject();
        } else {
            g.writeStartObject(navn);
        }
        for (Egenskap e : klasse(type).egenskaper) {
            JsonValue v = json.get(e.navn());
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (e.art() != Art.OBJEKT) {
                g.write(e.navn(), v);
            } else if (v instanceof JsonArray arr) {
                g.writeStartArray(e.navn());
                for (JsonValue item : arr) {
                    skrivIRekkefoelge(item.asJsonObject(), e.type(), g, null);
                }
                g.writeEnd();
            } else {
                skrivIRekkefoelge(v.asJsonObject(), e.type(), g, e.navn());
            }
        }
        g.writeEnd();
    }

    // ---- reflection ----------------------------------------------------------------------------------------------

    private static Klasse analyser(Class<?> type) {
        if (type.getAnnotation(XmlType.class) == null) {
            throw new IllegalArgumentException(type + " is not a JAXB type");
        }
        Deque<Class<?>> hierarki = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarki.push(c);
        }
        List<Egenskap> egenskaper = new ArrayList<>();
        for (Class<?> c : hierarki) {
            XmlType xmlType = c.getAnnotation(XmlType.class);
            String[] rekkefoelge = xmlType.propOrder();
            if (rekkefoelge.length == 1 && rekkefoelge[0].isEmpty()) {
                rekkefoelge = c.getDeclaredFields().length == 0 ? new String[0]
                        : java.util.Arrays.stream(c.getDeclaredFields()).map(Field::getName).toArray(String[]::new);
            }
            for (String feltnavn : rekkefoelge) {
                try {
                    egenskaper.add(egenskap(c.getDeclaredField(feltnavn)));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(c + " has no field " + feltnavn, e);
                }
            }
        }
        return new Klasse(type, egenskaper);
    }

    private static Egenskap egenskap(Field f) {
        f.setAccessible(true);
        XmlElement el = f.getAnnotation(XmlElement.class);
        String navn = el != null && !"##default".equals(el.name()) ? el.name() : f.getName();
        boolean liste = List.class.isAssignableFrom(f.getType());
        Class<?> t = liste ? (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0] : f.getType();
        Art art;
        Map<String, Object> fra = Map.of();
        Map<Object, String> til = Map.of();
        if (t == String.class) {
            art = Art.TEKST;
        } else if (t == Boolean.class || t == boolean.class) {
            art = Art.BOOLSK;
        } else if (t == Long.class || t == long.class) {
            art = Art.HELTALL;
        } else if (t == LocalDate.class) {
            art = Art.DATO;
        } else if (t == OffsetDateTime.class) {
            art = Art.TIDSPUNKT;
        } else if (t == Year.class) {
            art = Art.AAR;
        } else if (t.isEnum()) {
            art = Art.ENUM;
            fra = new LinkedHashMap<>();
            til = new HashMap<>();
            for (Object c : t.getEnumConstants()) {
                String tekst = enumTekst(t, (Enum<?>) c);
                fra.put(tekst, c);
                til.put(c, tekst);
            }
        } else if (t.getAnnotation(XmlType.class) != null) {
            art = Art.OBJEKT;
        } else {
            throw new IllegalStateException("unsupported type " + t + " of " + f);
        }
        return new Egenskap(navn, f, art, t, liste, fra, til);
    }

    private static String enumTekst(Class<?> t, Enum<?> c) {
        try {
            XmlEnumValue v = t.getField(c.name()).getAnnotation(XmlEnumValue.class);
            return v != null ? v.value() : c.name();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object hent(Egenskap e, Object obj) {
        try {
            return e.felt().get(obj);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void sett(Egenskap e, Object obj, Object v) {
        try {
            e.felt().set(obj, v);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static <T> T nyInstans(Class<T> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + type, e);
        }
    }
}
