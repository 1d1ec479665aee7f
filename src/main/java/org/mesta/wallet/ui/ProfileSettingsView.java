package org.mesta.wallet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.mesta.base.ui.FormBinder;
import org.mesta.base.ui.Notifications;
import org.mesta.wallet.ProfileDraft;
import org.mesta.wallet.ProfileService;
import org.mesta.wallet.ProfileService.Settings;
import org.springframework.beans.factory.annotation.Value;

/**
 * The learner's public profile settings: off until they switch it on; their handle (the page's address), the
 * name and short words the page shows. A limited account (waiting for a guardian's consent) cannot switch it on
 * and is told why; under-18s get a one-line caution.
 */
@Route("my/profile")
@PermitAll
public class ProfileSettingsView extends Main implements HasDynamicTitle {

    public record ProfileForm(
            boolean enabled,
            String handle,

            @NotBlank(message = "{error.required}") @Size(max = 80, message = "{error.too-long}") String displayName,

            @Size(max = 300, message = "{error.too-long}") String bio) {}

    private final ProfileService profiles;
    private final String baseUrl;
    final Checkbox enabled = new Checkbox();
    final TextField handle = new TextField();
    final TextField displayName = new TextField();
    final TextArea bio = new TextArea();
    final Button save = new Button();
    final Paragraph limited = new Paragraph();
    final Paragraph minor = new Paragraph();
    final Paragraph status = new Paragraph();
    final Anchor address = new Anchor();
    private final FormBinder<ProfileForm> binder = new FormBinder<>(ProfileForm.class);
    private Settings settings;

    ProfileSettingsView(ProfileService profiles, @Value("${mesta.base-url}") String baseUrl) {
        this.profiles = profiles;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        addClassNames("mesta-narrow", "profile-settings", LumoUtility.Padding.MEDIUM);
        enabled.setLabel(getTranslation("profile.enabled"));
        handle.setLabel(getTranslation("profile.handle"));
        handle.setHelperText(getTranslation("profile.handle.help"));
        handle.setPrefixComponent(new Span("/u/"));
        handle.setMaxLength(30);
        displayName.setLabel(getTranslation("profile.display-name"));
        displayName.setMaxLength(80);
        bio.setLabel(getTranslation("profile.bio"));
        bio.setHelperText(getTranslation("profile.bio.help"));
        bio.setMaxLength(300);
        limited.setId("profile-limited");
        limited.setText(getTranslation("profile.limited"));
        limited.addClassNames("profile-note", "profile-note-limited");
        minor.setId("profile-minor");
        minor.setText(getTranslation("profile.minor"));
        minor.addClassNames("profile-note");
        status.setId("profile-status");
        address.setId("profile-address");
        address.setTarget(AnchorTarget.BLANK);
        address.addClassName("mesta-wrap-anywhere");
        binder.forField(enabled).bind("enabled");
        binder.forField(handle).bind("handle");
        binder.forField(displayName).bind("displayName");
        binder.forField(bio).bind("bio");
        FormLayout form = new FormLayout(enabled, handle, displayName, bio);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Paragraph what = new Paragraph(getTranslation("profile.what") + " ");
        what.add(
                new Anchor("my/badges", getTranslation("profile.to-badges")),
                new Span(" · "),
                new Anchor("my/collections", getTranslation("profile.to-collections")));
        Div shownAt = new Div(VaadinIcon.GLOBE.create(), status, address);
        shownAt.addClassName("profile-address");
        add(new H2(getTranslation("profile.title")), what, limited, minor, shownAt, form, save);
        load();
    }

    /** Reads the saved settings into the form (also after someone else's change, when the person reloads). */
    void load() {
        settings = profiles.mine();
        binder.readRecord(new ProfileForm(
                settings.enabled() && !settings.limited(), settings.handle(), settings.displayName(), settings.bio()));
        limited.setVisible(settings.limited());
        enabled.setEnabled(!settings.limited());
        minor.setVisible(settings.minor() && !settings.limited());
        showAddress();
    }

    private void showAddress() {
        String link = baseUrl + "/u/" + settings.handle();
        if (settings.visible()) {
            status.setText(getTranslation("profile.shown-at"));
            address.setHref(link);
            address.setText(link);
            address.setVisible(true);
        } else {
            status.setText(getTranslation(settings.saved() && !settings.limited() ? "profile.hidden" : "profile.off"));
            address.setVisible(false);
        }
    }

    private void save() {
        boolean saved = binder.save(
                f -> settings = profiles.save(
                        new ProfileDraft(settings.version(), f.enabled(), f.handle(), f.displayName(), f.bio())),
                this::load);
        if (saved) {
            Notifications.success(getTranslation("profile.saved"));
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
