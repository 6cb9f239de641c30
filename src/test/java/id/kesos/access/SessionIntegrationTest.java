package id.kesos.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.WebIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Over real HTTP: the session cookie's flags and the session stored in the database. */
@WebIntegrationTest
class SessionIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("KESOS_SESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignInCreatesAnHttpOnlySameSiteSessionKeptInTheDatabaseForThirtyIdleMinutes() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();

        String form = "username=dinsos&password=kesos-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(302);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("KESOS_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

        Matcher session = SESSION.matcher(cookie);
        assertThat(session.find()).isTrue();
        String sessionId = new String(java.util.Base64.getDecoder().decode(session.group(1)), StandardCharsets.UTF_8);
        var stored = jdbc.sql("select principal_name, max_inactive_interval from platform.spring_session"
                        + " where session_id = :id")
                .param("id", sessionId)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2))
                .single();
        assertThat(stored).isEqualTo("dinsos/1800");

        HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Dinas Sosial Kabupaten Boyolali");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
