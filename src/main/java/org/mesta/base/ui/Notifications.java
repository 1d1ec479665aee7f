package org.mesta.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.mesta.base.UserError;
import org.springframework.dao.OptimisticLockingFailureException;

/** The project's one way of telling a person that something worked or why it did not. */
public final class Notifications {

    private Notifications() {}

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
        return attempt(action, () -> error(ui.getTranslation("error.concurrent-edit")));
    }

    /**
     * The same, for a change to something the screen shows (a row, a card, a form): when someone else changed
     * it meanwhile, {@link StaleEdit} tells the person and offers {@code reload}. Forms use {@link FormBinder#save}.
     */
    public static boolean attemptChange(Runnable action, Runnable reload) {
        return attempt(action, () -> StaleEdit.tell(reload));
    }

    private static boolean attempt(Runnable action, Runnable whenStale) {
        UI ui = UI.getCurrent();
        try {
            action.run();
            return true;
        } catch (UserError e) {
            error(String.join(
                    " ",
                    e.problems().stream()
                            .map(p -> ui.getTranslation(p.key(), p.params()))
                            .toList()));
        } catch (OptimisticLockingFailureException e) {
            whenStale.run();
        }
        return false;
    }
}
