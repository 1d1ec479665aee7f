package org.mesta.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Times shown to a person are in their browser's time zone (the server's when the browser has not said). */
public final class ClientTime {

    private ClientTime() {}

    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        try {
            ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
            String id = details == null ? null : details.getTimeZoneId();
            if (id != null && !id.isBlank()) {
                return ZoneId.of(id);
            }
        } catch (DateTimeException | IllegalStateException e) {
            // an unknown zone name or no page yet: fall back below
        }
        return ZoneId.systemDefault();
    }
}
