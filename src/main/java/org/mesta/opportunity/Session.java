package org.mesta.opportunity;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One more meeting of an opportunity that meets several times (local time of the city). */
public record Session(LocalDateTime startsAt, LocalDateTime endsAt) implements Serializable {}
