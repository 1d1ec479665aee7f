package org.mesta.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.ui.LeanButton;
import org.mesta.city.CityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.Theme;
import org.mesta.opportunity.ui.CityOpportunitiesView;
import org.mesta.pathway.Pathway;
import org.mesta.pathway.PathwayContent;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayService;
import org.mesta.pathway.PathwayStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A pathway's picture is described in the editor with one input per city language, and read on the public page in
 * the visitor's language, else the city's first, else English, the picture saying which ({@code lang}).
 */
class PathwayPictureViewTest extends ViewTest {

    static final MultilingualText BOTH =
            MultilingualText.of(Map.of("sl", "Mladi sadijo drevesa", "en", "Young people planting trees"));

    @Autowired
    PathwayService pathways;

    @Autowired
    CityService cities;

    @Autowired
    BadgeService badges;

    @Autowired
    PublicOpportunities opportunities;

    @Autowired
    PathwayLinks links;

    /** A pathway of the provider's organisation with a picture, titled in Slovenian and English. */
    private Pathway withPicture(MultilingualText alt) throws Exception {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        long badge = BadgeTestData.published(badges).getId();
        long milestone = BadgeTestData.published(badges).getId();
        long opportunity = opportunities.currentForCity(ljubljana).getFirst().id();
        Pathway p = pathways.create(organisation);
        pathways.setImage(p.getId(), OpportunityServiceTestData.png(800, 450));
        return pathways.save(
                p.getId(),
                p.getVersion(),
                new PathwayContent(
                        MultilingualText.of(Map.of("sl", "Drevored", "en", "Tree lane")),
                        MultilingualText.of(Map.of("sl", "Zgodba.", "en", "A story.")),
                        Theme.SUSTAINABILITY,
                        alt,
                        List.of(
                                new PathwayStep(Kind.BADGE, badge, true, 0),
                                new PathwayStep(Kind.OPPORTUNITY, opportunity, true, 0)),
                        List.of(),
                        milestone));
    }

    private Pathway published(MultilingualText alt) throws Exception {
        Pathway p = withPicture(alt);
        p = pathways.submit(p.getId(), p.getVersion());
        login(MODERATOR);
        p = pathways.decide(p.getId(), p.getVersion(), PathwayStatus.PUBLISHED, null);
        SecurityContextHolder.clearContext();
        return p;
    }

    @Test
    void each_visitor_reads_the_description_in_their_language_else_the_city_s_first() throws Exception {
        Pathway p = published(BOTH);
        english();
        PathwayPageView page = navigate(PathwayPageView.class, p.getId());
        assertThat(page.picture.getAlt()).hasValue("Young people planting trees");
        assertThat(page.picture.getElement().getAttribute("lang")).isEqualTo("en");

        slovenian();
        page = navigate(PathwayPageView.class, p.getId());
        assertThat(page.picture.getAlt()).hasValue("Mladi sadijo drevesa");
        assertThat(page.picture.getElement().getAttribute("lang")).isEqualTo("sl");

        // Not written in Lithuanian: Ljubljana's first language, Slovenian, comes before English.
        UI.getCurrent().setLocale(Locale.forLanguageTag("lt"));
        page = navigate(PathwayPageView.class, p.getId());
        assertThat(page.picture.getAlt()).hasValue("Mladi sadijo drevesa");
        assertThat(page.picture.getElement().getAttribute("lang")).isEqualTo("sl");
    }

    @Test
    void the_city_page_s_card_describes_the_picture_in_the_reader_s_language_else_the_city_s_first() throws Exception {
        Pathway p = published(BOTH);
        UI.getCurrent().setLocale(Locale.forLanguageTag("lt"));
        navigate(CityOpportunitiesView.class, "ljubljana");
        click(find(LeanButton.class).withId("tab-pathways").single());
        Image picture = $(
                        Image.class,
                        find(Div.class).withId("pathway-card-" + p.getId()).single())
                .single();
        assertThat(picture.getAlt()).hasValue("Mladi sadijo drevesa");
        assertThat(picture.getElement().getAttribute("lang")).isEqualTo("sl");
    }

    @Test
    void a_link_preview_describes_the_picture_in_the_reader_s_language_else_the_city_s_first() throws Exception {
        Pathway p = published(BOTH);
        String path = "pathways/" + p.getId();
        assertThat(links.metaFor(path, Locale.ENGLISH).orElseThrow().imageAlt())
                .isEqualTo("Young people planting trees");
        assertThat(links.metaFor(path, Locale.forLanguageTag("lt"))
                        .orElseThrow()
                        .imageAlt())
                .isEqualTo("Mladi sadijo drevesa");
        assertThat(links.metaFor(path, null).orElseThrow().imageAlt()).isEqualTo("Mladi sadijo drevesa");
    }

    @Test
    void the_editor_asks_for_the_description_in_each_of_the_city_s_languages_and_keeps_each() throws Exception {
        Pathway p = withPicture(MultilingualText.of(Map.of("sl", "Mladi sadijo drevesa")));
        login(PROVIDER);
        english();
        PathwayEditorView editor = navigate(PathwayEditorView.class, p.getId());
        assertThat(editor.alt.inputs()).containsKeys("sl", "en");
        TextField slovenian = (TextField) editor.alt.inputs().get("sl");
        assertThat(slovenian.getValue()).isEqualTo("Mladi sadijo drevesa");
        assertThat(slovenian.getLabel()).isEqualTo("Picture description (Slovenian)");
        assertThat(slovenian.getElement().getAttribute("lang")).isEqualTo("sl");

        // Submitted without the English description: the refusal stands next to the English input.
        test(editor.submit).click();
        TextField english = (TextField) editor.alt.inputs().get("en");
        assertThat(english.isInvalid()).isTrue();
        assertThat(english.getErrorMessage()).isEqualTo("Describe the picture for people who cannot see it.");
        assertThat(slovenian.isInvalid()).isFalse();

        test(english).setValue("Young people planting trees");
        test(editor.save).click();
        assertThat(pathways.get(p.getId()).content().imageAlt()).isEqualTo(BOTH);
    }
}
