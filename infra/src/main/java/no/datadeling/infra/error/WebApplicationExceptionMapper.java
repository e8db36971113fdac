package no.datadeling.infra.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (no matching resource, wrong method, unsupported Accept, unparseable parameter) in the family format. */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(WebApplicationException e) {
        return map(e, errors, uriInfo.getPath(), headers);
    }

    static Response map(WebApplicationException e, ErrorResponses errors, String path, HttpHeaders headers) {
        ErrorKind kind;
        String melding;
        if (e instanceof NotFoundException) {
            kind = ErrorKind.UNKNOWN_URL;
            melding = "Ukjent url benyttet.";
        } else if (e instanceof NotAcceptableException) {
            kind = ErrorKind.NOT_ACCEPTABLE;
            melding = "Ikke støttet dataformat i Accept. Støttede formater er application/json og application/xml.";
        } else if (e instanceof NotAllowedException) {
            kind = ErrorKind.METHOD_NOT_ALLOWED;
            melding = "HTTP-metoden støttes ikke for denne ressursen.";
        } else if (e instanceof NotSupportedException) {
            kind = ErrorKind.UNSUPPORTED_MEDIA_TYPE;
            melding = "Ikke støttet Content-Type.";
        } else if (e instanceof NotAuthorizedException) {
            kind = ErrorKind.UNAUTHENTICATED;
            melding = "Mangler gyldig token.";
        } else if (e instanceof BadRequestException || e.getResponse().getStatus() == 404) {
            // Jersey answers an unparseable @PathParam/@QueryParam with 404/400 ParamException
            kind = ErrorKind.INVALID_INPUT;
            melding = "Ugyldig parameter i forespørselen.";
        } else if (e.getResponse().getStatus() >= 500) {
            kind = ErrorKind.UNEXPECTED;
            melding = "Uventet feil på tjenesten.";
        } else {
            kind = ErrorKind.INVALID_INPUT;
            melding = "Ugyldig forespørsel.";
        }
        Response r = errors.render(path, kind, null, kind.status(), melding, headers);
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
        }
        return r;
    }
}
