package no.datadeling.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.datadeling.infra.security.RequiresScope;
import org.junit.jupiter.api.Test;

/** House rule 4: every resource method of the public Application is protected by a scope, no exceptions. */
class ResourceGuardTest {

    @Test
    void every_resource_method_requires_a_scope() {
        List<String> unprotected = new ArrayList<>();
        for (Class<?> resource : DatadelingApplication.RESOURCES) {
            for (Method m : resource.getMethods()) {
                if (isResourceMethod(m)) {
                    RequiresScope scope = m.isAnnotationPresent(RequiresScope.class)
                            ? m.getAnnotation(RequiresScope.class) : resource.getAnnotation(RequiresScope.class);
                    if (scope == null || scope.value().length == 0 || Arrays.stream(scope.value()).anyMatch(String::isBlank)) {
                        unprotected.add(resource.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertTrue(unprotected.isEmpty(), "resource methods without @RequiresScope: " + unprotected);
    }

    @Test
    void resources_are_cdi_beans_so_the_scope_interceptor_applies() {
        for (Class<?> resource : DatadelingApplication.RESOURCES) {
            assertTrue(resource.isAnnotationPresent(RequestScoped.class) || resource.isAnnotationPresent(ApplicationScoped.class),
                    resource.getSimpleName() + " is not a CDI bean: interceptors would not run");
            assertTrue(resource.isAnnotationPresent(Path.class), resource.getSimpleName() + " has no @Path");
        }
    }

    @Test
    void the_application_lists_at_least_one_resource() {
        assertFalse(DatadelingApplication.RESOURCES.isEmpty());
    }

    private static boolean isResourceMethod(Method m) {
        return Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }
}
