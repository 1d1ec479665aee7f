package org.mesta.security;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The age of digital consent by country (GDPR Art. 8 lets each country choose 13 to 16; other laws say 18):
 * {@code mesta.consent-age.by-country.<ISO code>}, otherwise {@code mesta.consent-age.default}. The values and their
 * sources are in application.properties.
 */
@Component
class ConsentAges {

    private final Environment env;
    private final int fallback;

    ConsentAges(Environment env, @Value("${mesta.consent-age.default:16}") int fallback) {
        this.env = env;
        this.fallback = fallback;
    }

    int forCountry(String country) {
        if (country == null || country.isBlank()) return fallback;
        return env.getProperty(
                "mesta.consent-age.by-country." + country.trim().toUpperCase(Locale.ROOT), Integer.class, fallback);
    }
}
