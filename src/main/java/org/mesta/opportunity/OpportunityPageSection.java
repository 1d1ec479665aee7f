package org.mesta.opportunity;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;

/**
 * A part other features add to a published opportunity's public page (taking part: its sessions to join), so
 * this feature shows it without depending on theirs. Implementations are Spring beans; each call builds new
 * components for one page.
 */
public interface OpportunityPageSection {

    /** The components to append for this opportunity, or none. */
    List<Component> sections(PublicOpportunity opportunity, Locale locale);
}
