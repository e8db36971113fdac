package no.datadeling.infra.log;

import java.util.regex.Pattern;

/**
 * Scrubs text bound for a log: identity numbers (any 11-digit run) and bearer tokens (JWS compact form) are masked,
 * control characters are escaped so a client cannot forge log lines.
 */
public final class LogSafe {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})\\d{7}(?!\\d)");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
    /** Every Unicode control character (C0 and C1, e.g. NEL) and line/paragraph separator; \p{Cntrl} is ASCII-only. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}&&[^\t]]");

    private LogSafe() {
    }

    public static String scrub(Object value) {
        if (value == null) {
            return "null";
        }
        String s = JWT.matcher(String.valueOf(value)).replaceAll("[token]");
        s = ELEVEN_DIGITS.matcher(s).replaceAll("$1*******");
        return CONTROL.matcher(s).replaceAll("?");
    }

    /** The exception chain as "Class: scrubbed message <- Cause: ..." without stack frames. */
    public static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 8; c = c.getCause(), depth++) {
            if (depth > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getName());
            if (c.getMessage() != null) {
                sb.append(": ").append(scrub(c.getMessage()));
            }
        }
        return sb.toString();
    }
}
