package no.datadeling.infra.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(ApiException e) {
        return errors.render(uriInfo.getPath(), e, headers);
    }
}
