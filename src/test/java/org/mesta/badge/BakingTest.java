package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Baking per the Open Badges specs: one uncompressed iTXt chunk in PNG, one element in SVG. */
class BakingTest {

    static final byte[] PNG = BadgePng.render(
            BadgeSvg.render(BadgeDesign.standard(), new BadgeSvg.Words("Značka", "", "", "Značka")), 128);

    @Test
    void a_png_template_bakes_the_same_bytes_as_baking_twice() {
        Baking.PngTemplate template = Baking.pngTemplate(PNG);
        for (int i = 0; i < 3; i++) {
            String assertion = "{\"id\":\"https://mesta.example/ob/v2/assertions/" + i + "\",\"name\":\"Ščit\"}";
            String credential = "{\"type\":[\"VerifiableCredential\"],\"n\":" + i + "}";
            assertThat(template.bake(assertion, credential))
                    .isEqualTo(Baking.bakePng(Baking.bakePng(PNG, Baking.OB2, assertion), Baking.OB3, credential));
            assertThat(template.bake(assertion, null)).isEqualTo(Baking.bakePng(PNG, Baking.OB2, assertion));
        }
        // An image that already carries texts: they are replaced, not added to.
        byte[] baked = Baking.bakePng(Baking.bakePng(PNG, Baking.OB2, "{\"old\":2}"), Baking.OB3, "{\"old\":3}");
        byte[] again = Baking.pngTemplate(baked).bake("{\"new\":2}", "{\"new\":3}");
        assertThat(Baking.unbakePng(again, Baking.OB2)).hasValue("{\"new\":2}");
        assertThat(Baking.unbakePng(again, Baking.OB3)).hasValue("{\"new\":3}");
        assertThat(new String(again, StandardCharsets.ISO_8859_1)).doesNotContain("old");
    }

    @Test
    void png_carries_one_uncompressed_itxt_chunk_and_stays_a_valid_image() throws Exception {
        String assertion = "{\"id\":\"https://mesta.example/ob/v2/assertions/1\",\"name\":\"Ščit ✓\"}";
        byte[] baked = Baking.bakePng(PNG, Baking.OB2, assertion);
        assertThat(Baking.unbakePng(baked, Baking.OB2)).hasValue(assertion);
        assertThat(ImageIO.read(new ByteArrayInputStream(baked)).getWidth()).isEqualTo(128);
        // Baking again replaces: still exactly one chunk with the keyword, holding the new text.
        byte[] twice = Baking.bakePng(baked, Baking.OB2, "{\"id\":\"2\"}");
        assertThat(count(twice, "openbadges\0")).isEqualTo(1);
        assertThat(Baking.unbakePng(twice, Baking.OB2)).hasValue("{\"id\":\"2\"}");
        // 2.0 and 3.0 live side by side under their own keywords.
        byte[] both = Baking.bakePng(twice, Baking.OB3, "{\"type\":[\"VerifiableCredential\"]}");
        assertThat(Baking.unbakePng(both, Baking.OB2)).hasValue("{\"id\":\"2\"}");
        assertThat(Baking.unbakePng(both, Baking.OB3)).isPresent();
        // The chunk sits right after IHDR and says "not compressed".
        int afterIhdr = 8 + 12 + ByteBuffer.wrap(both, 8, 4).getInt();
        assertThat(new String(both, afterIhdr + 4, 4, StandardCharsets.ISO_8859_1))
                .isEqualTo("iTXt");
        assertThat(Baking.unbakePng(PNG, Baking.OB2)).isEmpty();
        assertThatThrownBy(() -> Baking.bakePng("GIF89a".getBytes(), Baking.OB2, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void svg_carries_the_assertion_element_in_cdata() {
        String svg = BadgeSvg.render(BadgeDesign.standard(), new BadgeSvg.Words("A", "", "", "A"));
        String json = "{\"a\":\"]]> tricky\"}";
        String baked = Baking.bakeSvg(svg, Baking.OB2, json, "https://mesta.example/ob/v2/assertions/1");
        assertThat(baked)
                .contains("xmlns:openbadges=\"http://openbadges.org\"")
                .contains("<openbadges:assertion verify=\"https://mesta.example/ob/v2/assertions/1\">");
        assertThat(Baking.unbakeSvg(baked, Baking.OB2)).hasValue(json);
        String v3 = Baking.bakeSvg(svg, Baking.OB3, "{}", null);
        assertThat(v3)
                .contains("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"")
                .contains("<openbadges:credential>");
    }

    private static int count(byte[] haystack, String needle) {
        String s = new String(haystack, StandardCharsets.ISO_8859_1);
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
