import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the web pages of the running application, one request at a time, each user signed
 * in through the login form (CSRF token of the form, session cookie).
 *
 * java bench/CasePages.java BASE_URL COUNT PASSWORD GOAL_MS PAGE...
 *
 * PAGE is label,user,path[,idFile]: the user signs in with PASSWORD ("-" requests the page
 * without signing in); a {id} in the path takes, on each request, one of the ids in idFile (one
 * per line), drawn with a fixed seed. The pages are requested in turn, round after round, so that
 * all of them meet the same conditions on a shared machine: 100 rounds of warm-up (fewer when
 * COUNT is smaller), not counted, then COUNT rounds. Every answer must be 200.
 *
 * Prints, per page: count, p50, p95, p99 and max in milliseconds, the mean size of the answer,
 * and p95 / GOAL_MS.
 */
public class CasePages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    record Page(String label, HttpClient client, String path, List<String> ids) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java bench/CasePages.java BASE_URL COUNT PASSWORD GOAL_MS "
                    + "label,user,path[,idFile]...");
            System.exit(2);
        }
        String base = args[0];
        int count = Integer.parseInt(args[1]);
        String password = args[2];
        double goal = Double.parseDouble(args[3]);
        Map<String, HttpClient> clients = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String[] spec = args[i].split(",");
            String user = spec[1];
            HttpClient client = clients.get(user);
            if (client == null) {
                client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager()).build();
                if (!user.equals("-")) {
                    login(client, base, user, password);
                }
                clients.put(user, client);
            }
            List<String> ids = spec.length > 3 ? lines(Path.of(spec[3])) : List.of();
            if (spec[2].contains("{id}") && ids.isEmpty()) {
                throw new IllegalArgumentException("no ids for " + args[i]);
            }
            pages.add(new Page(spec[0], client, spec[2], ids));
        }

        Random random = new Random(42);
        run(base, pages, Math.min(100, count), random, null, null);
        long[][] nanos = new long[pages.size()][count];
        long[] bytes = new long[pages.size()];
        run(base, pages, count, random, nanos, bytes);
        for (int p = 0; p < pages.size(); p++) {
            long[] sorted = nanos[p].clone();
            Arrays.sort(sorted);
            double p95 = ms(sorted, 0.95);
            System.out.printf("%-22s count=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f kb=%.1f "
                    + "p95/%.0fms=%.2f%n", pages.get(p).label(), sorted.length, ms(sorted, 0.50), p95, ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6, bytes[p] / 1024.0 / count, goal, p95 / goal);
        }
    }

    private static void run(String base, List<Page> pages, int rounds, Random random, long[][] nanos, long[] bytes)
            throws Exception {
        for (int i = 0; i < rounds; i++) {
            for (int p = 0; p < pages.size(); p++) {
                Page page = pages.get(p);
                String path = page.ids().isEmpty() ? page.path()
                        : page.path().replace("{id}", page.ids().get(random.nextInt(page.ids().size())));
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
                long start = System.nanoTime();
                HttpResponse<byte[]> response = page.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
                long elapsed = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " for " + path + " (" + page.label() + ")");
                }
                if (nanos != null) {
                    nanos[p][i] = elapsed;
                    bytes[p] += response.body().length;
                }
            }
        }
    }

    /** Signs in through the form: the login page's CSRF token, then the POST, which must not lead back to /login. */
    private static void login(HttpClient client, String base, String user, String password) throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("login of " + user + " failed: " + response.statusCode() + " " + location);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static List<String> lines(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
