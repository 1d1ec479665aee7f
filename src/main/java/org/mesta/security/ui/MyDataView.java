package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.mesta.base.ui.Notifications;
import org.mesta.security.MyDataService;

/** "My data": download everything Mesta keeps about me, and delete my account (proven by my password). */
@Route("my/data")
@PermitAll
public class MyDataView extends Main implements HasDynamicTitle {

    final Anchor download;
    final PasswordField password = new PasswordField();
    final Button delete = new Button();

    MyDataView(MyDataService data, AuthenticationContext authentication) {
        addClassNames("mesta-narrow", "mesta-my-data", LumoUtility.Padding.LARGE);
        // Built when the person clicks, as that signed-in person (the handler runs in their session).
        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] zip = data.download();
                    return new DownloadResponse(
                            new ByteArrayInputStream(zip), "mesta-my-data.zip", "application/zip", zip.length);
                }),
                getTranslation("rights.data.download"));
        download.setId("download-my-data");
        download.getElement().setAttribute("download", true);
        download.addClassName("mesta-rights-action");

        password.setLabel(getTranslation("rights.data.password"));
        password.setId("delete-password");
        delete.setText(getTranslation("rights.data.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.setId("delete-account");
        delete.addClickListener(e -> {
            if (Notifications.attempt(() -> data.deleteMyAccount(password.getValue()))) {
                Notifications.success(getTranslation("rights.data.deleted"));
                authentication.logout();
            }
        });

        add(
                new H2(getTranslation("rights.data.title")),
                new Paragraph(getTranslation("rights.data.intro")),
                download,
                new H3(getTranslation("rights.data.delete-title")),
                new Paragraph(getTranslation("rights.data.delete-text")),
                password,
                delete,
                new Paragraph(new Anchor("privacy", getTranslation("rights.data.privacy-link"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rights.data.title");
    }
}
