package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.MultilingualText;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.MaterialsService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A campaign's pictures are described in the city's languages: one input each, one filled is enough; each picture is
 * shown described in the reader's language, else the city's first, else English, saying which ({@code lang}).
 */
class MaterialsSectionTest extends ViewTest {

    @Autowired
    BoardService board;

    @Autowired
    MaterialsService materials;

    private MaterialsSection section(long campaignId) {
        login(AMBASSADOR);
        return navigate("ambassador/campaign/" + campaignId, CampaignView.class).materials;
    }

    private Campaign campaign() {
        login(AMBASSADOR);
        return board.create("Plakati", CampaignKind.ARTS, null);
    }

    @Test
    void the_form_offers_a_description_per_city_language_and_one_is_enough() throws Exception {
        Campaign c = campaign();
        english();
        MaterialsSection section = section(c.getId());
        assertThat(section.description.inputs()).containsKeys("sl", "en");
        TextField slovenian = (TextField) section.description.inputs().get("sl");
        assertThat(slovenian.getLabel()).isEqualTo("What the picture shows (Slovenian)");

        section.received(OpportunityServiceTestData.png(400, 300));
        assertThat(section.problem.getText()).isEqualTo("Please describe the picture before uploading it.");
        assertThat(materials.images(c.getId())).isEmpty();

        test(slovenian).setValue("Prvi plakat, zeleno mesto");
        section.received(OpportunityServiceTestData.png(400, 300));
        assertThat(section.problem.getText()).isEmpty();
        assertThat(materials.images(c.getId()))
                .extracting(MaterialsService.ImageRef::altTexts)
                .containsExactly(MultilingualText.of(Map.of("sl", "Prvi plakat, zeleno mesto")));
        assertThat(slovenian.getValue()).as("ready for the next picture").isEmpty();
    }

    @Test
    void each_picture_is_described_in_the_reader_s_language_else_the_city_s_first() throws Exception {
        Campaign c = campaign();
        materials.addImage(
                c.getId(),
                OpportunityServiceTestData.png(400, 300),
                MultilingualText.of(Map.of("sl", "Prvi plakat", "en", "The first poster")));
        english();
        Image picture = $(Image.class, section(c.getId()).pictures).single();
        assertThat(picture.getAlt()).hasValue("The first poster");
        assertThat(picture.getElement().getAttribute("lang")).isEqualTo("en");
        Button remove = $(Button.class, section(c.getId()).pictures).single();
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove the picture “The first poster”");

        UI.getCurrent().setLocale(Locale.forLanguageTag("lt"));
        picture = $(Image.class, section(c.getId()).pictures).single();
        assertThat(picture.getAlt()).hasValue("Prvi plakat");
        assertThat(picture.getElement().getAttribute("lang")).isEqualTo("sl");
    }
}
