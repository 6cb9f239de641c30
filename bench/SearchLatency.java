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
import java.util.List;

/**
 * Latency of registry look-ups through the running application's API, one request at a time:
 * NIK look-ups (GET /api/v1/persons?nik=) and name searches (GET /api/v1/persons/search?q=).
 *
 * java bench/SearchLatency.java BASE_URL TOKEN NIK_FILE NAME_FILE [COUNT]
 *
 * Prints count, p50, p95, p99 and max in milliseconds for each kind, after a warm-up of 100
 * requests of each kind that is not counted. A floor is measured the same way: an API request
 * that passes the same bearer token check but reads no registry (the regions of one regency).
 */
public class SearchLatency {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/SearchLatency.java BASE_URL TOKEN NIK_FILE NAME_FILE [COUNT]");
            System.exit(2);
        }
        String base = args[0];
        String token = args[1];
        List<String> niks = lines(Path.of(args[2]));
        List<String> names = lines(Path.of(args[3]));
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<String> regency = List.of("33.09");
        measure(http, token, base + "/api/v1/regions?parent=", regency, 100, false);
        measure(http, token, base + "/api/v1/persons?nik=", niks, 100, false);
        measure(http, token, base + "/api/v1/persons/search?q=", names, 100, false);
        report("api_floor", measure(http, token, base + "/api/v1/regions?parent=", regency, count, true));
        report("nik_lookup", measure(http, token, base + "/api/v1/persons?nik=", niks, count, true));
        report("name_search", measure(http, token, base + "/api/v1/persons/search?q=", names, count, true));
    }

    private static long[] measure(HttpClient http, String token, String prefix, List<String> values, int count,
            boolean strict) throws Exception {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            String value = values.get(i % values.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(prefix + URLEncoder.encode(value,
                            StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + token).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            // A NIK that the registry does not hold is a fair question too: 404 is an answer.
            if (strict && response.statusCode() != 200 && response.statusCode() != 404) {
                throw new IllegalStateException(response.statusCode() + " for " + prefix);
            }
        }
        return nanos;
    }

    private static void report(String kind, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s count=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", kind, sorted.length,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
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
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no values in " + file);
        }
        return lines;
    }
}
