package pl.klaster.portal.service.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The password hasher at the configured Argon2id cost ({@code klaster.password.argon2.*}), one per application. */
@ApplicationScoped
public class Passwords {

    @Inject
    @ConfigProperty(name = "klaster.password.argon2.memory-kib", defaultValue = "19456")
    int memoryKib;

    @Inject
    @ConfigProperty(name = "klaster.password.argon2.iterations", defaultValue = "2")
    int iterations;

    @Inject
    @ConfigProperty(name = "klaster.password.argon2.parallelism", defaultValue = "1")
    int parallelism;

    private PasswordHasher hasher;

    @PostConstruct
    void configure() {
        hasher = new PasswordHasher(new PasswordHasher.Cost(memoryKib, iterations, parallelism));
    }

    public PasswordHasher hasher() {
        return hasher;
    }
}
