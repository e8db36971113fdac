package no.datadeling.infra.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import no.datadeling.infra.security.CallContext;

/**
 * Runs after the scope check (a request without a valid token or scope never spends budget, and is answered 401/403
 * without touching the database) and before the method, so an organisation over budget costs no lookup.
 */
@Ratebegrenset
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class RatebegrensningInterceptor {

    @Inject
    CallContext callContext;
    @Inject
    Ratebegrenser ratebegrenser;

    @AroundInvoke
    Object begrens(InvocationContext ctx) throws Exception {
        callContext.token().flatMap(t -> t.consumer()).ifPresent(ratebegrenser::krevKvote);
        return ctx.proceed();
    }
}
