package org.mesta.badge;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal to start without MESTA_BADGE_KEY_SECRET into Spring Boot's plain "what to do" report. */
class MissingKeySecretAnalyzer extends AbstractFailureAnalyzer<BadgeKeySecret.Missing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BadgeKeySecret.Missing cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set MESTA_BADGE_KEY_SECRET (a long random value, e.g."
                        + " `openssl rand -base64 32`) in the environment of every app node, the same value on all of them.",
                cause);
    }
}
