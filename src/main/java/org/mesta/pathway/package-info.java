/**
 * Taking part: joining an opportunity's sessions (capacity, waiting list, reminders), check-in by a rotating signed
 * QR code with awards for those who came, and learning pathways (playlists of opportunities and badges that lead to
 * a milestone badge).
 */
@ApplicationModule(
        displayName = "Pathways and taking part",
        allowedDependencies = {"base", "city", "map", "security", "opportunity", "badge"})
@NullMarked
package org.mesta.pathway;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
