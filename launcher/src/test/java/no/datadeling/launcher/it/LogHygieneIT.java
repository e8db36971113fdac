package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.datadeling.infra.ident.Foedselsnummer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs after every other IT: the server's whole log of this run holds no identity number and no token. */
@Order(1000)
@ExtendWith(DatadelingServer.class)
class LogHygieneIT {

    @Test
    void server_log_contains_no_identity_number_and_no_token() throws Exception {
        // one more logged failure (a rejected token) so the log is known to carry request traffic
        Http.get(Populasjonsdata.path("889640782", "20036914700"), "Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.");
        String log = Files.readString(DatadelingServer.payaraLog());
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)").matcher(log);
        while (m.find()) {
            if (Foedselsnummer.isValid(m.group())) {
                found.add(m.group().substring(0, 4) + "...");
            }
        }
        assertTrue(found.isEmpty(), "identity numbers in the server log: " + found);
        assertTrue(!log.contains("eyJ"), "a JWT appears in the server log");
        assertTrue(log.contains("token rejected"), "expected the rejected-token log line (is the log captured?)");
    }
}
