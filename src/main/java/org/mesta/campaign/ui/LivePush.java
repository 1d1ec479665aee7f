package org.mesta.campaign.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * Server push for the UIs that show something live, and for no other (#17): an open push connection holds tens of
 * kilobytes of buffers per tab, and most tabs are anonymous visitors of a city page who never receive a push. The
 * app shell keeps push available but off ({@code @Push(PushMode.DISABLED)}); a view that listens for changes turns
 * it on while it is attached. When the last such view goes, push is turned off just before the response, so moving
 * from the board to a campaign page (one view detached, the next attached in the same round trip) keeps the one
 * connection open instead of closing and reopening it.
 */
final class LivePush {

    /** How many attached views of a UI need push: kept on the UI, read and changed under its session's lock. */
    private record Count(int views) {}

    private LivePush() {}

    static void needed(UI ui) {
        ComponentUtil.setData(ui, Count.class, new Count(views(ui) + 1));
        if (ui.getSession() != null && !ui.getPushConfiguration().getPushMode().isEnabled()) {
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        }
    }

    static void notNeeded(UI ui) {
        ComponentUtil.setData(ui, Count.class, new Count(Math.max(0, views(ui) - 1)));
        if (ui.isClosing()) return; // the tab or the session ended: no response will follow
        ui.beforeClientResponse(ui, context -> {
            if (views(ui) == 0 && ui.getPushConfiguration().getPushMode().isEnabled() && ui.getSession() != null) {
                ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
            }
        });
    }

    private static int views(UI ui) {
        Count count = ComponentUtil.getData(ui, Count.class);
        return count == null ? 0 : count.views();
    }
}
