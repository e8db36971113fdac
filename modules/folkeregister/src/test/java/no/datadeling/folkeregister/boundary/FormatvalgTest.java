package no.datadeling.folkeregister.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatvalgTest {

    @Test
    void lookups_default_to_json_and_follow_accept() {
        assertEquals(Formatvalg.JSON, Formatvalg.forOppslag(null));
        assertEquals(Formatvalg.JSON, Formatvalg.forOppslag(""));
        assertEquals(Formatvalg.JSON, Formatvalg.forOppslag("*/*"));
        assertEquals(Formatvalg.XML, Formatvalg.forOppslag("application/xml"));
        assertEquals(Formatvalg.XML, Formatvalg.forOppslag("text/html, application/xml;q=0.9, */*;q=0.8"));
        assertEquals(Formatvalg.JSON, Formatvalg.forOppslag("application/xml;q=0.5, application/json"));
        assertEquals(Formatvalg.JSON, Formatvalg.forOppslag("application/json; charset=utf-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/pdf", "text/xml", "application/json;q=0", "text/plain, image/png"})
    void anything_else_is_406(String accept) {
        ApiException e = assertThrows(ApiException.class, () -> Formatvalg.forOppslag(accept));
        assertEquals(ErrorKind.NOT_ACCEPTABLE, e.kind());
    }

    @Test
    void bulk_answers_in_the_body_format_when_accept_states_no_preference() {
        assertEquals(Formatvalg.XML, Formatvalg.forBulk(null, Formatvalg.fraContentType(null)));
        assertEquals(Formatvalg.JSON, Formatvalg.forBulk("", Formatvalg.fraContentType("application/json")));
        assertEquals(Formatvalg.XML, Formatvalg.forBulk("*/*", Formatvalg.fraContentType("application/xml; charset=UTF-8")));
        assertEquals(Formatvalg.JSON, Formatvalg.forBulk("application/json", Formatvalg.XML));
        assertEquals(Formatvalg.XML, Formatvalg.forBulk("application/xml", Formatvalg.JSON));
    }

    @Test
    void bulk_content_type_other_than_json_or_xml_is_400() {
        ApiException e = assertThrows(ApiException.class, () -> Formatvalg.fraContentType("text/plain"));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    }
}
