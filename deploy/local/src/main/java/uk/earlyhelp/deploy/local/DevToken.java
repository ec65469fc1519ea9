package uk.earlyhelp.deploy.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs a bearer token that locally running services accept: {@code deploy/dev-token ROLE [--council C]
 * [--agency A] [--user U]}. RS256 with the JDK alone, so it runs before anything else is built. Only the
 * {@code local} and {@code test} profiles accept its issuer; a service in {@code prod} refuses to start with it.
 */
public final class DevToken {

    public static final String ISSUER = "https://earlyhelp.local/dev";
    public static final String AUDIENCE = "earlyhelp";
    public static final String DEFAULT_COUNCIL = "E10000018";
    private static final Duration LIFETIME = Duration.ofHours(12);

    private DevToken() {}

    public static String sign(DevKeys keys, String role, String council, String agency) {
        return sign(keys, role, council, agency, "dev-" + role);
    }

    /** {@code user} becomes {@code sub}: where two different people must act (a batch's drafter and approver). */
    public static String sign(DevKeys keys, String role, String council, String agency, String user) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder()
                .append("{\"iss\":\"")
                .append(ISSUER)
                .append('"')
                .append(",\"aud\":\"")
                .append(AUDIENCE)
                .append('"')
                .append(",\"sub\":\"")
                .append(user)
                .append('"')
                .append(",\"upn\":\"")
                .append(user)
                .append('"')
                .append(",\"groups\":[\"")
                .append(role)
                .append("\"]")
                .append(",\"council\":\"")
                .append(council)
                .append('"');
        if (agency != null) {
            claims.append(",\"agency\":\"").append(agency).append('"');
        }
        claims.append(",\"iat\":")
                .append(now.getEpochSecond())
                .append(",\"exp\":")
                .append(now.plus(LIFETIME).getEpochSecond())
                .append(",\"jti\":\"")
                .append(UUID.randomUUID())
                .append("\"}");
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.loadPrivateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the dev token", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) {
        if (args.length < 1 || args[0].startsWith("-")) {
            System.err.println("usage: deploy/dev-token ROLE [--council C] [--agency A] [--user U]");
            System.err.println(
                    "roles: partner, duty-officer, caseworker, finance-officer, manager, data-protection, operator");
            System.exit(2);
        }
        String council = DEFAULT_COUNCIL;
        String agency = null;
        String user = "dev-" + args[0];
        for (int i = 1; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--council" -> council = args[i + 1];
                case "--agency" -> agency = args[i + 1];
                case "--user" -> user = args[i + 1];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if ("partner".equals(args[0]) && agency == null) {
            agency = "dev-agency";
        }
        Path keysDir = Path.of(System.getProperty("earlyhelp.dev.keys", "deploy/.dev-keys"));
        System.out.println(sign(DevKeys.in(keysDir), args[0], council, agency, user));
    }
}
