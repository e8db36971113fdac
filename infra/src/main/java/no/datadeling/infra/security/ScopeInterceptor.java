package no.datadeling.infra.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.logging.Logger;
import no.datadeling.infra.error.ApiException;

@RequiresScope({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScopeInterceptor {

    private static final Logger LOG = Logger.getLogger(ScopeInterceptor.class.getName());

    @Inject
    CallContext callContext;

    @AroundInvoke
    Object check(InvocationContext ctx) throws Exception {
        RequiresScope onMethod = ctx.getMethod().getAnnotation(RequiresScope.class);
        String[] accepted = (onMethod != null ? onMethod : ctx.getMethod().getDeclaringClass().getAnnotation(RequiresScope.class)).value();
        ValidatedToken token = callContext.requireToken();
        if (Arrays.stream(accepted).noneMatch(token::hasScope)) {
            LOG.info(() -> "korrelasjonsid=" + callContext.korrelasjonsid() + " missing scope " + Arrays.toString(accepted)
                    + " for client " + no.datadeling.infra.log.LogSafe.scrub(token.clientId().orElse("?")));
            throw ApiException.forbidden("Feil i forbindelse med autorisering: token mangler påkrevd scope.");
        }
        return ctx.proceed();
    }
}
