package org.mesta.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.mesta.base.UserError;
import org.springframework.dao.OptimisticLockingFailureException;

/** The project's one way of telling a person that something worked or why it did not. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs a service call and turns the refusals a person can act on into a translated message. */
    public static boolean attempt(Runnable action) {
        UI ui = UI.getCurrent();
        try {
            action.run();
            return true;
        } catch (UserError e) {
            error(ui.getTranslation(e.key(), e.params()));
        } catch (OptimisticLockingFailureException e) {
            error(ui.getTranslation("error.concurrent-edit"));
        }
        return false;
    }
}
