package org.mesta.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MultilingualText;
import org.mesta.base.UserError;
import org.mesta.campaign.MaterialsService.ImageRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Pictures among a campaign's materials: the team adds and removes them, the city's board sees them. */
@SpringBootTest
@ActiveProfiles("test")
class MaterialsServiceTest {

    static final String SECOND = "ambassador2@mesta.example";

    @Autowired
    BoardService board;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MaterialsService materials;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_team_adds_a_described_picture_the_city_sees_it_others_may_not_touch_it() throws IOException {
        as(users, AMBASSADOR);
        Campaign c = board.create("Posters", CampaignKind.ARTS, null);
        byte[] png = png();
        assertThatThrownBy(() -> materials.addImage(c.getId(), png, alt("sl", " ")))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.alt-text");
        ImageRef added = materials.addImage(c.getId(), png, alt("sl", "  Prvi plakat, zeleno mesto  "));
        assertThat(added.altTexts()).isEqualTo(alt("sl", "Prvi plakat, zeleno mesto"));
        assertThat(materials.images(c.getId())).containsExactly(added);
        assertThat(materials.image(added.id())).as("redrawn as JPEG").startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(campaigns.activity(c.getId()))
                .extracting(ActivityLine::messageKey)
                .contains("campaign.activity.image-added");

        as(users, SECOND);
        assertThat(materials.images(c.getId())).containsExactly(added);
        assertThatThrownBy(() -> materials.addImage(c.getId(), png, alt("sl", "Moj")))
                .as("not on the team")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> materials.removeImage(added.id())).isInstanceOf(AccessDeniedException.class);
        as(users, CITY_ADMIN);
        assertThat(materials.images(c.getId())).containsExactly(added);
        assertThatThrownBy(() -> materials.addImage(c.getId(), png, alt("en", "Admin's")))
                .isInstanceOf(AccessDeniedException.class);
        as(users, LEARNER);
        assertThatThrownBy(() -> materials.images(c.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> materials.image(added.id())).isInstanceOf(AccessDeniedException.class);

        as(users, AMBASSADOR);
        materials.removeImage(added.id());
        assertThat(materials.images(c.getId())).isEmpty();
        assertThat(campaigns.activity(c.getId()))
                .extracting(ActivityLine::messageKey)
                .contains("campaign.activity.image-removed");
    }

    @Test
    void a_picture_is_described_in_several_languages_each_kept_and_none_too_long() throws IOException {
        as(users, AMBASSADOR);
        Campaign c = board.create("Mural", CampaignKind.ARTS, null);
        byte[] png = png();
        MultilingualText both = MultilingualText.of(Map.of("sl", "Skica murala", "en", "A sketch of the mural"));
        assertThatThrownBy(() ->
                        materials.addImage(c.getId(), png, both.with("en", "x".repeat(MaterialsService.MAX_ALT + 1))))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.too-long");
        ImageRef added = materials.addImage(c.getId(), png, both);
        assertThat(materials.images(c.getId())).singleElement().satisfies(ref -> {
            assertThat(ref.id()).isEqualTo(added.id());
            assertThat(ref.altTexts()).isEqualTo(both);
        });
        assertThat(campaigns.activity(c.getId()))
                .filteredOn(line -> line.messageKey().equals("campaign.activity.image-added"))
                .singleElement()
                .extracting(ActivityLine::args)
                .as("the history names it in Ljubljana's first language")
                .isEqualTo(List.of("Skica murala"));
    }

    private static MultilingualText alt(String language, String text) {
        return MultilingualText.of(Map.of(language, text));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
