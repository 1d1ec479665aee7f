package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Anonymous GeoJSON questions cannot make the server size huge buffers or grow its caches. */
@SpringBootTest
@ActiveProfiles("test")
class GeoJsonLimitsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    OpportunityFeeds feeds;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    private String answer(String query) throws Exception {
        return mvc.perform(get("/api/opportunities.geojson?" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void a_huge_or_negative_limit_is_clamped_before_anything_is_sized() throws Exception {
        // An empty corner of the world: no clusters, so the answer is written feature by feature.
        assertThat(answer("bbox=-10,-10,-9,-9&limit=" + Integer.MAX_VALUE)).contains("\"features\":[]");
        assertThat(answer("bbox=-10,-10,-9,-9&limit=-7")).contains("\"features\":[]");
        assertThat(answer("bbox=-10,-10,-9,-9&limit=2000000000")).contains("\"features\":[]");
    }

    @Test
    void unknown_languages_and_extra_parameters_make_no_new_cache_entries() throws Exception {
        String english = answer("city=ljubljana&lang=en");
        int answers = feeds.cachedAnswers();
        int features = feeds.cachedFeatures();
        for (int i = 0; i < 40; i++) {
            assertThat(answer("city=ljubljana&lang=x" + i)).isEqualTo(english);
            assertThat(answer("city=ljubljana&lang=en&utm_source=" + i + "&nonsense" + i + "=1"))
                    .isEqualTo(english);
        }
        assertThat(feeds.cachedAnswers()).isEqualTo(answers);
        assertThat(feeds.cachedFeatures()).isEqualTo(features);
    }

    @Test
    void an_absurd_age_is_refused_rather_than_cached() throws Exception {
        mvc.perform(get("/api/opportunities.geojson?age=2000000")).andExpect(status().isBadRequest());
    }
}
