package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A picture's description follows the city's languages: written per language in the wizard, and read in the
 * visitor's language, else the city's first, else English, its element saying which language it is in.
 */
class PictureDescriptionViewTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    private Opportunity withPicture(MultilingualText alts) throws Exception {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = service.create(organisation);
        o = service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Mural"), 4);
        return service.setImage(o.getId(), OpportunityServiceTestData.png(800, 450), alts);
    }

    private Opportunity published(MultilingualText alts) throws Exception {
        Opportunity o = withPicture(alts);
        o = service.submit(o.getId(), o.getVersion());
        login(MODERATOR);
        moderation.decide(o.getId(), service.get(o.getId()).getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        return o;
    }

    private Image picture(Opportunity o) {
        navigate(OpportunityDetailView.class, o.getId());
        return find(Image.class).id("opportunity-picture");
    }

    @Test
    void each_visitor_reads_the_description_in_their_language_else_the_city_s_first() throws Exception {
        Opportunity o = published(
                MultilingualText.of(Map.of("sl", "Mladi slikajo mural", "en", "Young people painting a mural")));
        english();
        Image picture = picture(o);
        assertThat(picture.getAlt()).hasValue("Young people painting a mural");
        assertThat(picture.getElement().getAttribute("lang")).isEqualTo("en");

        slovenian();
        picture = picture(o);
        assertThat(picture.getAlt()).hasValue("Mladi slikajo mural");
        assertThat(picture.getElement().getAttribute("lang")).isEqualTo("sl");

        // Not written in Lithuanian: Ljubljana's first language, Slovenian, comes before English.
        UI.getCurrent().setLocale(Locale.forLanguageTag("lt"));
        picture = picture(o);
        assertThat(picture.getAlt()).hasValue("Mladi slikajo mural");
        assertThat(picture.getElement().getAttribute("lang")).isEqualTo("sl");
    }

    @Test
    void an_english_visitor_of_a_picture_described_only_in_slovenian_gets_it_marked_as_slovenian() throws Exception {
        Opportunity o = published(OpportunityServiceTestData.alt("sl", "Mladi slikajo mural"));
        english();
        Image picture = picture(o);
        assertThat(picture.getAlt()).hasValue("Mladi slikajo mural");
        assertThat(picture.getElement().getAttribute("lang")).isEqualTo("sl");
    }

    @Test
    void the_wizard_asks_for_the_description_in_each_of_the_city_s_languages_and_keeps_each() throws Exception {
        Opportunity o = withPicture(OpportunityServiceTestData.alt("sl", "Mladi slikajo mural"));
        login(PROVIDER);
        english();
        OpportunityWizardView wizard = navigate("provider/opportunity/" + o.getId(), OpportunityWizardView.class);
        wizard.showStep(0);
        ImageSection section = $(ImageSection.class).single();
        assertThat(section.description.inputs()).containsKeys("sl", "en");
        TextField slovenian = (TextField) section.description.inputs().get("sl");
        assertThat(slovenian.getValue()).isEqualTo("Mladi slikajo mural");
        assertThat(slovenian.getLabel()).isEqualTo("What the picture shows (Slovenian)");
        assertThat(slovenian.getElement().getAttribute("lang")).isEqualTo("sl");

        test((TextField) section.description.inputs().get("en")).setValue("Young people painting a mural");
        assertThat(service.imageDescription(o.getId()))
                .hasValue(MultilingualText.of(
                        Map.of("sl", "Mladi slikajo mural", "en", "Young people painting a mural")));
    }
}
