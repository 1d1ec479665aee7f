package org.mesta.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The privacy notice. Each section says what the code does (RegistrationService, GuardianConsentService,
 * MyDataService and the features' AccountDeleted listeners); change them together.
 */
@Route("privacy")
@AnonymousAllowed
public class PrivacyView extends Main implements HasDynamicTitle {

    static final String[] SECTIONS = {
        "what", "why", "who", "badges", "minors", "guardians", "confirm", "export", "delete", "retention", "contact"
    };

    PrivacyView() {
        addClassNames("mesta-narrow", "mesta-privacy", LumoUtility.Padding.LARGE);
        add(new H2(getTranslation("rights.privacy.title")), new Paragraph(getTranslation("rights.privacy.intro")));
        for (String s : SECTIONS) {
            H3 heading = new H3(getTranslation("rights.privacy." + s + ".title"));
            heading.setId("privacy-" + s);
            Paragraph text = new Paragraph(getTranslation("rights.privacy." + s + ".text"));
            if (s.equals("export") || s.equals("delete")) {
                // Where the rights are used: My data (signing in first, for visitors).
                text.add(" ");
                text.add(new Anchor("my/data", getTranslation("rights.data.title")));
            }
            add(heading, text);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rights.privacy.title");
    }
}
