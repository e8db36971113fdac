package no.datadeling.infra.error;

/** One error as it leaves the server: what happened, the family's code (if set by the thrower), the client message. */
public record ApiError(ErrorKind kind, String code, int status, String melding, String korrelasjonsid) {
}
