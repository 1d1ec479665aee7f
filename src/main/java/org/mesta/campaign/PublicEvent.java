package org.mesta.campaign;

import java.time.LocalDateTime;
import org.mesta.map.GeoPoint;

/** A campaign action offered to the public on the city map (after moderation). Times in the city's zone. */
public record PublicEvent(
        String title,
        String summary,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        GeoPoint location,
        String venue,
        String address,
        String onlineUrl) {}
