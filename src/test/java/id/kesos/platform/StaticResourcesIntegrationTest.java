package id.kesos.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Pages link htmx and the style sheet by plain paths, and those paths are served. */
@IntegrationTest
@AutoConfigureMockMvc
class StaticResourcesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkHtmxByItsVersionlessPathWhichIsServed() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/css/kesos.css\"")));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"));
        mvc.perform(get("/css/kesos.css")).andExpect(status().isOk());
    }
}
