package id.kesos;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;

/** A demo user's API token, asked for as a client would: with the user's name and password. */
public final class ApiTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiTokens() {}

    public static String of(MockMvc mvc, String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").with(httpBasic(username, "kesos-demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("token").asText();
    }
}
