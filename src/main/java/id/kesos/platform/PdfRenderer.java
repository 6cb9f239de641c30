package id.kesos.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a Thymeleaf template as a PDF. The page size, margins and page numbers come from the
 * template's CSS. The DejaVu Serif faces are embedded (subset) so that every letter a name or a
 * note may hold (é, ñ, typographic quotes, the rupiah sign's neighbours) is printed, never a
 * placeholder. Documents are printed in Indonesian, the language of the papers they replace.
 * Figures inlined as {@code <svg>} (see {@link Svg}) are drawn as vector graphics, their text in
 * the same face.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "DejaVu Serif";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private record Face(String file, int weight, FontStyle style, byte[] bytes) {}

    private final ITemplateEngine templates;
    private final List<Face> faces;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        SvgText.registerFonts();
        this.faces = List.of(face("DejaVuSerif.ttf", 400, FontStyle.NORMAL),
                face("DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
                face("DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
                face("DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));
    }

    /** The template filled with the model, printed. */
    public byte[] render(String template, Map<String, Object> model) {
        String html = templates.process(template, new Context(INDONESIAN, model));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FONT_FAMILY, face.weight(), face.style(),
                    true);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return new Face(file, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("font missing from the build: " + file, e);
        }
    }
}
