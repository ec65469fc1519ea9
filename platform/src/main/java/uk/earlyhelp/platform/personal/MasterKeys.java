package uk.earlyhelp.platform.personal;

import io.smallrye.config.ConfigMapping;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The master keys that wrap the family keys, by version, from configuration
 * ({@code earlyhelp.crypto.master-keys.<version>=<base64 of 32 bytes>}; in production from a secret store,
 * never from a committed file), and the version that wraps new and re-wrapped keys
 * ({@code earlyhelp.crypto.master-key-version}). A rotation configures the new version beside the old ones,
 * makes it current, and re-wraps ({@link FamilyKeys#rewrap(String)}); then the old version can be removed.
 */
@ConfigMapping(prefix = "earlyhelp.crypto")
public interface MasterKeys {

    /** Base64 key material by version. Never logged. */
    Map<String, String> masterKeys();

    /** Unset only where no personal data is held; a service that holds some refuses to start without it in prod. */
    Optional<String> masterKeyVersion();

    /** The version that wraps new and re-wrapped family keys. */
    default String currentVersion() {
        return masterKeyVersion()
                .orElseThrow(() -> new IllegalStateException("earlyhelp.crypto.master-key-version is not set"));
    }

    default SecretKey current() {
        return version(currentVersion())
                .orElseThrow(() -> new IllegalStateException("earlyhelp.crypto.master-key-version names the master key "
                        + currentVersion() + ", which is not configured under earlyhelp.crypto.master-keys"));
    }

    default Optional<SecretKey> version(String version) {
        return Optional.ofNullable(masterKeys().get(version))
                .map(base64 -> Aes.key(Base64.getDecoder().decode(base64.strip())));
    }
}
