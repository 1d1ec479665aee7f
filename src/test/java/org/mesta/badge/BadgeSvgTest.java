package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The design model drawn as SVG (words as outlines of bundled fonts) and as PNG with JSVG. */
class BadgeSvgTest {

    static final BadgeSvg.Words WORDS =
            new BadgeSvg.Words("Mladinska voditeljica", "Mesta učenja 2026", "Ljubljana", "Modra značka z ikono šole");

    @Test
    void every_template_draws_an_svg_with_its_text_alternative_and_no_text_elements() {
        for (BadgeDesign.Template t : BadgeDesign.templates()) {
            String svg = BadgeSvg.render(t.design(), WORDS);
            assertThat(svg)
                    .startsWith("<svg")
                    .endsWith("</svg>")
                    .contains("role=\"img\"")
                    .contains("<title id=\"badge-title\">Modra značka z ikono šole</title>")
                    .doesNotContain("<text")
                    .doesNotContain("<script")
                    .doesNotContain("http://www.w3.org/1999/xhtml");
            assertThat(svg).as(t.key() + " has its icon").contains("scale(6.25)");
        }
    }

    /** Atkinson Hyperlegible has no Cyrillic: a Macedonian badge is drawn in a bundled font that has its letters. */
    @Test
    void words_the_chosen_font_cannot_draw_are_drawn_in_a_bundled_font_that_can() {
        BadgeSvg.Words cyrillic = new BadgeSvg.Words("Истражувач на Скопје", "Градови на учење", "Скопје", "Значка");
        assertThat(BadgeArt.font(BadgeDesign.Font.ATKINSON, true, "Скопје").canDisplayUpTo("Скопје"))
                .isEqualTo(-1);
        BadgeDesign d = BadgeDesign.standard();
        String inAtkinson = BadgeSvg.render(d.withText(BadgeDesign.Font.ATKINSON, "#FFFFFF"), cyrillic);
        assertThat(inAtkinson)
                .as("drawn with the fallback font's glyphs")
                .isEqualTo(BadgeSvg.render(d.withText(BadgeDesign.Font.NUNITO, "#FFFFFF"), cyrillic));
        assertThat(BadgeSvg.render(d.withText(BadgeDesign.Font.ATKINSON, "#FFFFFF"), WORDS))
                .as("Latin letters keep the chosen font")
                .isNotEqualTo(BadgeSvg.render(d.withText(BadgeDesign.Font.NUNITO, "#FFFFFF"), WORDS));
    }

    @Test
    void a_change_in_the_design_changes_the_drawing() {
        BadgeDesign d = BadgeDesign.standard();
        String before = BadgeSvg.render(d, WORDS);
        assertThat(BadgeSvg.render(d.withShape(BadgeDesign.Shape.SHIELD), WORDS))
                .isNotEqualTo(before)
                .contains(BadgeSvg.outline(BadgeDesign.Shape.SHIELD));
        assertThat(BadgeSvg.render(d.withFill("#FF0000", null), WORDS))
                .contains("fill=\"#FF0000\"")
                .doesNotContain("linearGradient");
        assertThat(BadgeSvg.render(d.withRibbon(false, "#FFFFFF", "#000000"), WORDS))
                .doesNotContain("M20 372");
        assertThat(BadgeSvg.render(d.withText(BadgeDesign.Font.ROBOTO_SLAB, "#FFFFFF"), WORDS))
                .isNotEqualTo(before);
    }

    @Test
    void words_too_long_are_shrunk_then_shortened_never_spilling_out() {
        String svg = BadgeSvg.render(
                BadgeDesign.standard(),
                new BadgeSvg.Words(
                        "Zelo zelo zelo dolg naslov značke, ki nikakor ne more biti v eni vrstici", "", "", "x"));
        assertThat(svg).contains("<path fill=\"#FFFFFF\" d=\"M");
    }

    @Test
    void the_png_is_rendered_at_the_asked_size() throws Exception {
        byte[] png = BadgePng.render(BadgeSvg.render(BadgeDesign.standard(), WORDS), 128);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(128);
        // The centre is the badge's fill, not transparent.
        assertThat(image.getRGB(64, 100) >>> 24).isEqualTo(255);
        assertThat(image.getRGB(1, 1) >>> 24)
                .as("outside the circle stays transparent")
                .isZero();
    }

    @Test
    void low_contrast_is_found_by_the_wcag_formula() {
        assertThat(BadgeDesign.contrast("#000000", "#FFFFFF")).isEqualTo(21.0);
        BadgeDesign pale =
                BadgeDesign.standard().withFill("#FFEB3B", null).withText(BadgeDesign.Font.ATKINSON, "#FFFFFF");
        assertThat(pale.contrastProblems())
                .extracting(BadgeDesign.ContrastProblem::part)
                .contains("text");
        assertThat(BadgeDesign.standard().contrastProblems()).isEmpty();
    }

    @Test
    void icons_are_searchable_by_words_and_layers_reorder() {
        assertThat(BadgeArt.iconCount()).isGreaterThan(5000);
        assertThat(BadgeArt.searchIcons("heart pulse", 5)).contains("heart-pulse");
        assertThat(BadgeArt.icon("leaf")).isPresent();
        BadgeDesign d = BadgeDesign.standard();
        assertThat(d.layers())
                .containsExactly(
                        BadgeDesign.Layer.IMAGE,
                        BadgeDesign.Layer.ICON,
                        BadgeDesign.Layer.TEXT,
                        BadgeDesign.Layer.RIBBON);
        assertThat(d.moveLayer(BadgeDesign.Layer.RIBBON, -1).layers())
                .containsExactly(
                        BadgeDesign.Layer.IMAGE,
                        BadgeDesign.Layer.ICON,
                        BadgeDesign.Layer.RIBBON,
                        BadgeDesign.Layer.TEXT);
        assertThat(new BadgeDesign(
                                null,
                                "red",
                                null,
                                99,
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(BadgeDesign.Layer.TEXT))
                        .fill())
                .as("bad colours fall back")
                .isEqualTo("#1565C0");
    }
}
