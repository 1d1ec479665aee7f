package org.mesta.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one answer to "someone else changed this while you were editing it" (an optimistic-locking refusal): the
 * person is told, their own input stays where it is (nothing is saved over the other change, nothing is thrown
 * away behind their back), and they may reload to see the other version and start again from it.
 */
public final class StaleEdit {

    private StaleEdit() {}

    /**
     * Opens the notice. {@code reload} runs only when the person chooses to reload (it should read the current
     * version into the form, or reopen it); cancelling keeps their input, e.g. to copy it first.
     */
    public static ConfirmDialog tell(Runnable reload) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("form.stale.title"));
        dialog.setText(ui.getTranslation("form.stale.text"));
        dialog.setConfirmText(ui.getTranslation("form.stale.reload"));
        dialog.addConfirmListener(e -> reload.run());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("form.stale.keep"));
        dialog.open();
        return dialog;
    }
}
