package no.datadeling.domain.verktoy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A graphic element of the catalogue (icon or illustration): its kind and media type. The image bytes stay out of the
 * entity (no lazy basic attributes without bytecode enhancement, which is off here): they are read only when the
 * image itself is asked for.
 */
@Entity
@Table(name = "verktoy_grafisk_element")
public class GrafiskElement {

    @Id
    @Column(name = "grafisk_element_id")
    private Integer id;
    @Column(name = "type_id", nullable = false)
    private int typeId;
    @Column(name = "medietype", nullable = false)
    private String medietype;

    protected GrafiskElement() {
        // JPA
    }

    public int id() {
        return id;
    }

    public Kodeverk.GrafiskElementType type() {
        return Kodeverk.kreve(Kodeverk.GrafiskElementType.class, typeId);
    }

    public String medietype() {
        return medietype;
    }
}
