package id.kesos.registry.importing;

import id.kesos.registry.CheckedPerson;
import id.kesos.registry.NameKey;
import id.kesos.registry.Problem;
import id.kesos.registry.ProblemCode;
import id.kesos.registry.RegistryRules;
import id.kesos.registry.RegistryScope;
import id.kesos.registry.Severity;
import id.kesos.region.RegionLevel;
import id.kesos.region.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Judges import rows: {@link RegistryRules} first, then what only an import knows, a wrong number
 * of columns, an address outside the importer's territory and a NIK on an earlier row of the file.
 * A NIK that the registry holds for someone else is checked per batch, in SQL.
 */
@Component
class ImportRowChecker {

    /** A row with fewer or more cells than the header: its values may have slipped into other columns. */
    static final String COLUMN_COUNT = "COLUMN_COUNT";

    private final RegistryRules rules;

    ImportRowChecker(Regions regions) {
        this.rules = new RegistryRules(code -> regions.exists(code, RegionLevel.VILLAGE),
                code -> regions.exists(code, RegionLevel.DISTRICT));
    }

    /**
     * The checks of the row alone; safe to run for many rows in parallel.
     *
     * @param territory the importer's territory, or null when any address may be imported
     */
    CheckedRow check(SourceRow row, LocalDate today, RegistryScope territory) {
        CheckedPerson person = rules.check(ImportColumns.toInput(row.values()), today);
        List<CheckedRow.RowProblem> problems = new ArrayList<>();
        if (row.columnsMissing() || row.columnsExtra()) {
            problems.add(new CheckedRow.RowProblem(COLUMN_COUNT, Severity.ERROR, null));
        }
        boolean regionKnown = true;
        for (Problem problem : person.problems()) {
            problems.add(of(problem.code(), problem.field()));
            regionKnown &= problem.code() != ProblemCode.REGION_UNKNOWN;
        }
        if (territory != null && regionKnown && !territory.coversAddress(person.regionCode())) {
            problems.add(of(ProblemCode.REGION_OUTSIDE_SCOPE, "kode_wilayah"));
        }
        return new CheckedRow(row.line(), person, person.name() == null ? null : NameKey.of(person.name()),
                problems);
    }

    /**
     * Refuses the row when an earlier row of the file had its NIK, and remembers the NIK; run for
     * the rows in file order.
     */
    void checkNotSeen(CheckedRow row, SourceRow source, NikSet seen) {
        if (!seen.add(NikSet.key(source.nik()))) {
            row.add(of(ProblemCode.NIK_DUPLICATE, "nik"));
        }
    }

    static CheckedRow.RowProblem of(ProblemCode code, String field) {
        return new CheckedRow.RowProblem(code.name(), code.severity(), field);
    }
}
