package org.mesta.pathway.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.pathway.EnrolmentService;
import org.mesta.pathway.EnrolmentService.Followed;
import org.mesta.pathway.PathwayProgress;

/** The learner's pathways: each one's progress (done / next / optional, n of m) and its steps. */
@Route("my/pathways")
@Menu(title = "nav.pathways.mine", order = 13, icon = "vaadin:road-branches")
@RolesAllowed(Role.LEARNER_)
public class MyPathwaysView extends Main implements HasDynamicTitle {

    final Div list = new Div();

    MyPathwaysView(EnrolmentService enrolments, CityService cities) {
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        list.setId("my-pathways");
        add(new H1(getTranslation("pathway.mine.title")), list);
        List<Followed> mine = enrolments.mine(TranslationProvider.tag(getLocale()));
        if (mine.isEmpty()) {
            String slug = cities.findCity(MestaUser.require().cityId())
                    .map(c -> c.getSlug())
                    .orElse("");
            Anchor find = new Anchor("cities/" + slug + "?tab=pathways", getTranslation("pathway.mine.find"));
            find.setId("my-pathways-find");
            list.add(new Paragraph(getTranslation("pathway.mine.none")), new Paragraph(find));
            return;
        }
        mine.forEach(f -> list.add(card(f)));
    }

    static Div progressBlock(Div into, Followed f) {
        PathwayProgress p = f.progress();
        ProgressBar bar = new ProgressBar(0, Math.max(1, p.units()), p.unitsDone());
        bar.getElement().setAttribute("aria-label", into.getTranslation("pathway.progress", p.unitsDone(), p.units()));
        Paragraph words = new Paragraph(
                p.complete()
                        ? into.getTranslation("pathway.progress.complete")
                        : into.getTranslation("pathway.progress", p.unitsDone(), p.units()));
        words.addClassName("pathway-progress-words");
        return new Div(bar, words);
    }

    private Div card(Followed f) {
        Div card = new Div();
        card.addClassName("pathway-card");
        card.setId("my-pathway-" + f.pathway().id());
        H2 name = new H2();
        name.add(new Anchor("pathways/" + f.pathway().id(), f.pathway().title()));
        card.add(
                name,
                progressBlock(card, f),
                StepMarks.list(this, f.pathway().content(), f.pathway().steps(), f.progress()));
        card.getChildren()
                .filter(c -> c instanceof OrderedList)
                .forEach(c -> c.setId("my-pathway-steps-" + f.pathway().id()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pathway.mine.title");
    }
}
