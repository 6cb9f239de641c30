package id.kesos.registry;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A name reduced to how it sounds, so that spelling variants meet: the Muhammad family (Muhamad,
 * Mohammad, Mochammad, Moh., Muh.), the old spelling (dj, tj, oe, sj, nj, ch), doubled letters and
 * a final h after a vowel (Fatimah, Fatima). Searches compare these keys by trigram similarity.
 */
public final class NameKey {

    private static final Set<String> MUHAMMAD = Set.of("muhammad", "muhamad", "mohammad", "mohamad", "mochammad",
            "mochamad", "muchammad", "muchamad", "mohamed", "muhamed", "mohammed", "muhammed", "moh", "muh", "mhd",
            "mohd", "md", "mochamat", "muhamat");

    private NameKey() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase()
                .replaceAll("[^a-z ]", " ");
        return Arrays.stream(plain.split(" +"))
                .filter(word -> !word.isEmpty())
                .map(NameKey::word)
                .collect(Collectors.joining(" "));
    }

    private static String word(String word) {
        if (MUHAMMAD.contains(word)) {
            return "mhd";
        }
        String key = word
                .replace("dj", "j")
                .replace("tj", "c")
                .replace("oe", "u")
                .replace("sj", "sy")
                .replace("nj", "ny")
                .replace("kh", "h")
                .replace("ch", "h")
                .replaceAll("(.)\\1+", "$1");
        return key.length() > 2 ? key.replaceAll("([aiueo])h$", "$1") : key;
    }
}
