package id.kesos.casework;

import java.util.function.Function;

/**
 * A part that another module adds to a stage: shown on the stage's page and printed in that
 * stage's section of the case report (the assessment's figures, the measured progress). Casework
 * knows such parts only through this interface, so the modules that draw them may build on
 * casework without casework depending on them. Parts are shown in their beans' {@code @Order}.
 */
public interface StagePart {

    /** The stage whose page and report section show the part. */
    Stage stage();

    /**
     * The Thymeleaf template holding the part's two fragments: {@code page(content, kase, editable)}
     * for the stage page and {@code report(content)} for the case report.
     */
    String template();

    /**
     * What the fragments show, for a case the caller has already checked the user's unit holds
     * and the user may read.
     */
    Object content(CaseView kase);

    /** A part with its content read, as a page or a paper inserts it. */
    record Shown(String template, Object content) {}

    /** A part of the stage shown by the template's fragments, with the content read for each case. */
    static StagePart of(Stage stage, String template, Function<CaseView, Object> content) {
        record Part(Stage stage, String template, Function<CaseView, Object> reader) implements StagePart {
            @Override
            public Object content(CaseView kase) {
                return reader.apply(kase);
            }
        }
        return new Part(stage, template, content);
    }
}
