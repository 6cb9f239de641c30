package id.kesos.assessment;

import id.kesos.platform.PdfRenderer;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words drawn into figures (legends, titles), in Indonesian: a figure is a paper's picture,
 * and the same picture goes to the page, the PDF and the downloads.
 */
@Component
class FigureWords implements Function<String, String> {

    private final MessageSource messages;

    FigureWords(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String apply(String key) {
        return messages.getMessage(key, null, PdfRenderer.INDONESIAN);
    }
}
