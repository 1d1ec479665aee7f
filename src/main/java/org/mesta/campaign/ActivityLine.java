package org.mesta.campaign;

import java.time.Instant;
import java.util.List;

/** One line of a campaign's history: who, when, and a message key with arguments ("#key" = translate it too). */
public record ActivityLine(Instant at, String actor, String messageKey, List<String> args) {}
