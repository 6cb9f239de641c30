package id.kesos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text has its Indonesian and English version, and templates hold no hard-coded text. */
class I18nSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    /** Text between tags that the page shows as it is, i.e. not replaced by th:text. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}{2,}[^<>]*)<");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.keySet()).as("keys missing in English").containsAll(indonesian.keySet());
        assertThat(indonesian.keySet()).as("keys missing in Indonesian").containsAll(english.keySet());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties indonesian = load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!indonesian.containsKey(matcher.group(1))) {
                    missing.add(template.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesShowNoTextOfTheirOwn() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            for (String line : Files.readAllLines(template)) {
                if (line.contains("th:text") || line.contains("th:utext") || line.contains("th:replace")
                        || line.contains("th:errors") || line.contains("<!--")) {
                    continue;
                }
                Matcher matcher = TEXT_NODE.matcher(line);
                while (matcher.find()) {
                    String text = matcher.group(1).strip();
                    if (!text.isEmpty() && !text.equals("DEMO") && !text.equals("ID") && !text.equals("EN")) {
                        hardCoded.add(template.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            properties.load(in);
        }
        return properties;
    }
}
