package no.datadeling.arquillian;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Arquillian test class on Payara Micro: PostgreSQL is started first (the app migrates its schema while it deploys),
 * then Arquillian starts Payara Micro with the class's deployment. Order matters: JUnit runs beforeAll callbacks in
 * registration order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({EmbeddedPostgresExtension.class, ArquillianExtension.class})
public @interface ArquillianPayaraTest {
}
