package no.datadeling.infra.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The family's code catalogue and both body formats, without a container. */
class SkatteetatenErrorFamilyTest {

    static final SkatteetatenErrorFamily FAMILY = new SkatteetatenErrorFamily("TEST", List.of("test/"),
            Map.of(ErrorKind.INVALID_INPUT, "006", ErrorKind.NOT_FOUND, "007"), "001") {
    };

    @Test
    void maps_kinds_to_its_numbers_and_unknown_kinds_to_the_fallback() {
        assertEquals("TEST-006", FAMILY.codeFor(ErrorKind.INVALID_INPUT));
        assertEquals("TEST-007", FAMILY.codeFor(ErrorKind.NOT_FOUND));
        assertEquals("TEST-001", FAMILY.codeFor(ErrorKind.TOO_MANY_REQUESTS));
    }

    @Test
    void writes_json_with_kode_melding_korrelasjonsid() {
        String json = SkatteetatenErrorFamily.json("TEST-006", new ApiError(ErrorKind.INVALID_INPUT, null, 400, "Ugyldig \"x\"", "k-1"));
        assertEquals("{\"kode\":\"TEST-006\",\"melding\":\"Ugyldig \\\"x\\\"\",\"korrelasjonsid\":\"k-1\"}", json);
    }

    @Test
    void writes_xml_in_skatteetatens_error_namespace_and_escapes_text() {
        String xml = SkatteetatenErrorFamily.xml("TEST-006", new ApiError(ErrorKind.INVALID_INPUT, null, 400, "a < b & c", "k-1"));
        assertTrue(xml.contains("<feil xmlns=\"urn:no:skatteetaten:datasamarbeid:feil:v1\">"), xml);
        assertTrue(xml.contains("<kode>TEST-006</kode>"), xml);
        assertTrue(xml.contains("<melding>a &lt; b &amp; c</melding>"), xml);
        assertTrue(xml.contains("<korrelasjonsid>k-1</korrelasjonsid>"), xml);
    }
}
