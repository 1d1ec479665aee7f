package org.mesta.pathway.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.mesta.base.UserError;
import org.mesta.pathway.JoiningService;

/**
 * Where a participant's phone lands after scanning the organiser's code: signed in (the sign-in brings them back
 * here), they are checked in, or told plainly why not.
 */
@Route("checkin")
@PermitAll
public class CheckInView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final JoiningService joining;
    private final H2 heading = new H2();
    private final Paragraph answer = new Paragraph();

    CheckInView(JoiningService joining) {
        this.joining = joining;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE, "joining-check-in");
        heading.setId("check-in-heading");
        answer.setId("check-in-answer");
        Anchor mine = new Anchor("my/sessions", getTranslation("joining.my.title"));
        mine.addClassName("joining-action");
        add(heading, answer, new Paragraph(mine));
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        String title = joining.titleOfCode(code).orElse("");
        try {
            JoiningService.CheckInResult result = joining.checkIn(code);
            heading.setText(getTranslation(
                    result == JoiningService.CheckInResult.CHECKED_IN
                            ? "joining.check-in.welcome"
                            : "joining.check-in.already-title"));
            answer.setText(getTranslation(
                    result == JoiningService.CheckInResult.CHECKED_IN
                            ? "joining.check-in.done"
                            : "joining.check-in.already",
                    title));
            answer.getElement().setAttribute("data-result", result.name().toLowerCase(Locale.ROOT));
        } catch (UserError e) {
            heading.setText(getTranslation("joining.check-in.refused-title"));
            answer.setText(getTranslation(e.key(), e.params()));
            answer.getElement().setAttribute("data-result", "refused");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joining.check-in.title");
    }
}
