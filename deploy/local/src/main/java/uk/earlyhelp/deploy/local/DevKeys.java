package uk.earlyhelp.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs dev tokens and that locally run services trust. Generated on first use into
 * a git-ignored folder, never committed; production keys come from a secret store.
 */
public record DevKeys(Path directory) {

    public Path publicKey() {
        return directory.resolve("public.pem");
    }

    public Path privateKey() {
        return directory.resolve("private.pem");
    }

    /**
     * The public key as the services take it ({@code QUARKUS_OIDC_PUBLIC_KEY}): the PEM's base64 on one line, so that
     * no provider is needed to check a dev token.
     */
    public String publicKeyBase64() {
        try {
            return Files.readString(publicKey())
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys in {@code directory}, generated there first if missing. */
    public static DevKeys in(Path directory) {
        DevKeys keys = new DevKeys(directory.toAbsolutePath());
        if (!Files.exists(keys.privateKey()) || !Files.exists(keys.publicKey())) {
            keys.generate();
        }
        return keys;
    }

    public PrivateKey loadPrivateKey() {
        try {
            String pem = Files.readString(privateKey());
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable dev key " + privateKey(), e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Files.writeString(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
