package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The city's iCalendar feed (#17): calendar apps and caches that have it get a 304, a publication still reaches it
 * at once (the city is kept in memory, its published set is not), and anonymous languages grow no cache.
 */
@SpringBootTest
@ActiveProfiles("test")
class CalendarFeedsTest {

    static final String FEED = "/api/cities/ljubljana/opportunities.ics";

    @Autowired
    WebApplicationContext context;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse feed(String path, String... headers) throws Exception {
        var request = get(path);
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return mvc.perform(request).andReturn().getResponse();
    }

    private void approve(String title) {
        SignedIn.as(users, SignedIn.PROVIDER);
        Opportunity o = opportunities.create(
                MestaUser.require().organisationIds().iterator().next());
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete(title), 4);
        o = opportunities.submit(o.getId(), o.getVersion());
        SignedIn.as(users, SignedIn.MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_client_that_has_the_feed_gets_a_304_until_something_is_published() throws Exception {
        MockHttpServletResponse first = feed(FEED);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentType()).startsWith("text/calendar");
        assertThat(first.getContentAsString()).startsWith("BEGIN:VCALENDAR");
        assertThat(first.getHeader("Cache-Control")).contains("max-age=300").contains("public");
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();

        MockHttpServletResponse same = feed(FEED, "If-None-Match", etag);
        assertThat(same.getStatus()).isEqualTo(304);
        assertThat(same.getContentAsByteArray()).isEmpty();
        assertThat(feed(FEED, "If-Modified-Since", lastModified).getStatus()).isEqualTo(304);

        approve("Koledar brez čakanja");
        MockHttpServletResponse changed = feed(FEED, "If-None-Match", etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
        assertThat(changed.getContentAsString()).contains("SUMMARY:Koledar brez čakanja");
    }

    @Test
    void unknown_languages_get_the_citys_own_and_make_no_new_cache_entries() throws Exception {
        MockHttpServletResponse own = feed(FEED);
        long written = feeds.writtenFeeds();
        for (int i = 0; i < 40; i++) {
            MockHttpServletResponse other = feed(FEED + "?lang=x" + i);
            assertThat(other.getStatus()).isEqualTo(200);
            assertThat(other.getHeader("ETag")).isEqualTo(own.getHeader("ETag"));
            assertThat(other.getContentAsString()).isEqualTo(own.getContentAsString());
        }
        assertThat(feeds.writtenFeeds()).isEqualTo(written);
        assertThat(feed(FEED + "?lang=en").getHeader("ETag")).isNotEqualTo(own.getHeader("ETag"));
    }

    @Test
    void a_city_that_does_not_exist_is_404() throws Exception {
        mvc.perform(get("/api/cities/nowhere/opportunities.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/api/cities/nowhere/opportunities.ics")).andExpect(status().isNotFound());
    }
}
