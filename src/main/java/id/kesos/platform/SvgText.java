package id.kesos.platform;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * Measures text as a figure prints it, with the DejaVu Serif the papers embed, so that labels can
 * be placed where they do not overlap. The font is also registered with Java's graphics so that
 * Batik draws PNGs with the same letters.
 */
public final class SvgText {

    public static final String FONT_FAMILY = PdfRenderer.FONT_FAMILY;

    private static final Font FONT = load("DejaVuSerif.ttf");
    private static final Font BOLD = load("DejaVuSerif-Bold.ttf");
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private SvgText() {}

    /** Makes the faces known to Java's graphics, once; Batik finds fonts only there. */
    static void registerFonts() {
        GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
        graphics.registerFont(FONT);
        graphics.registerFont(BOLD);
    }

    /** The width of the text at the font size, in the figure's pixels. */
    public static double width(String text, double fontSize, boolean bold) {
        return (bold ? BOLD : FONT).deriveFont((float) fontSize).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The height of one line of text at the font size, with the font's ascent and descent. */
    public static double lineHeight(double fontSize) {
        return fontSize * 1.25;
    }

    /**
     * The text broken into lines no wider than the width, at spaces; a word longer than the width
     * stays whole on its own line (the caller's box grows to it).
     */
    public static List<String> wrap(String text, double fontSize, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, fontSize, false) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Font load(String file) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("font missing from the build: " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font unreadable: " + file, e);
        }
    }
}
