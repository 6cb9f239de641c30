package id.kesos.registry;

import java.time.LocalDate;
import java.util.List;

/** The welfare decile (desil 1 = poorest tenth) that the national data gave a person on a date. */
public record WelfareDecile(LocalDate receivedOn, int decile, String source) {

    /** A decile as typed: a number, a date YYYY-MM-DD or DD-MM-YYYY and a source; refused when unreadable. */
    public static WelfareDecile parse(String decile, String receivedOn, String source) {
        LocalDate date = RegistryRules.parseDate(receivedOn == null ? null : receivedOn.strip())
                .orElseThrow(WelfareDecile::invalid);
        try {
            return new WelfareDecile(date, Integer.parseInt(decile.strip()), source == null ? "" : source.strip());
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static RegistryProblemsException invalid() {
        return new RegistryProblemsException(List.of(new Problem(ProblemCode.DECILE_INVALID, "desil")));
    }
}
