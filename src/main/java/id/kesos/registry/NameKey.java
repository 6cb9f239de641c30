package id.kesos.registry;

import java.text.Normalizer;
import java.util.Set;

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
        StringBuilder key = new StringBuilder(name.length());
        StringBuilder word = new StringBuilder();
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (mark(c)) {
                continue;
            }
            int lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                word.append((char) lower);
            } else {
                addWord(key, word);
            }
        }
        addWord(key, word);
        return key.toString();
    }

    /** Accents and other combining marks, which the name loses (é becomes e). */
    private static boolean mark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static void addWord(StringBuilder key, StringBuilder word) {
        if (word.isEmpty()) {
            return;
        }
        if (!key.isEmpty()) {
            key.append(' ');
        }
        key.append(word(word.toString()));
        word.setLength(0);
    }

    private static String word(String word) {
        if (MUHAMMAD.contains(word)) {
            return "mhd";
        }
        String key = singleLetters(word
                .replace("dj", "j")
                .replace("tj", "c")
                .replace("oe", "u")
                .replace("sj", "sy")
                .replace("nj", "ny")
                .replace("kh", "h")
                .replace("ch", "h"));
        return key.length() > 2 && key.endsWith("h") && "aiueo".indexOf(key.charAt(key.length() - 2)) >= 0
                ? key.substring(0, key.length() - 1) : key;
    }

    /** The word with every run of one letter written once (Annisa becomes Anisa). */
    private static String singleLetters(String word) {
        StringBuilder single = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                single.append(word.charAt(i));
            }
        }
        return single.length() == word.length() ? word : single.toString();
    }
}
