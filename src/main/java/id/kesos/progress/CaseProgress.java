package id.kesos.progress;

import id.kesos.access.KesosUser;
import id.kesos.casework.Cases;
import id.kesos.casework.Stage;
import id.kesos.casework.StageAccess;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.KesosClock;
import id.kesos.platform.NotFoundException;
import id.kesos.progress.internal.InstrumentTable;
import id.kesos.progress.internal.ProgressTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measured progress of a case: the plan's success indicators, the measurements taken against
 * them, and what the evaluation reads from them. Every read and write goes through casework's
 * checks of the case ({@link Cases#stageAccess}, {@link Cases#workOn}): indicators are written into
 * the plan, a measurement into the stage of its phase (see {@link Phase}).
 */
@Service
public class CaseProgress {

    static final String CASE = "CASE";
    static final String INDICATOR = "PROGRESS_INDICATOR";
    static final String MEASUREMENT = "PROGRESS_MEASUREMENT";

    private static final BigDecimal LIMIT = new BigDecimal("99999999");

    private final Cases cases;
    private final ProgressTable table;
    private final InstrumentTable instruments;
    private final AuditLog audit;

    CaseProgress(Cases cases, ProgressTable table, InstrumentTable instruments, AuditLog audit) {
        this.cases = cases;
        this.table = table;
        this.instruments = instruments;
        this.audit = audit;
    }

    /** The case's indicators with their measurements and outcome, for a case the caller has checked the user reaches. */
    @Transactional(readOnly = true)
    public List<IndicatorOutcome> outcomes(long caseId) {
        List<Measurement> measurements = table.measurements(caseId);
        Map<Long, InstrumentVersion> versions = new HashMap<>();
        return table.indicators(caseId).stream()
                .map(indicator -> IndicatorOutcome.of(indicator, measurements.stream()
                        .filter(m -> m.indicatorId() == indicator.id()).toList(), scale(indicator, versions)))
                .toList();
    }

    /** One indicator's outcome, for its chart; the case read as its evaluation page reads it, the export audited. */
    @Transactional
    public IndicatorOutcome outcome(KesosUser user, long caseId, long indicatorId) {
        cases.stageAccess(user, caseId, Stage.MONEV);
        IndicatorOutcome outcome = outcomes(caseId).stream().filter(o -> o.indicator().id() == indicatorId)
                .findFirst().orElseThrow(() -> new NotFoundException(INDICATOR, indicatorId));
        audit.record(user, AuditAction.EXPORT, CASE, caseId, "grafik indikator " + indicatorId);
        return outcome;
    }

    /** What the form for measuring the indicator in the phase shows; reading it is audited. */
    @Transactional
    public Measuring measuring(KesosUser user, long caseId, long indicatorId, Phase phase) {
        StageAccess access = cases.stageAccess(user, caseId, phase.stage());
        Indicator indicator = indicator(caseId, indicatorId);
        audit.record(user, AuditAction.VIEW, CASE, caseId, "formulir pengukuran indikator " + indicatorId);
        return new Measuring(access, phase, indicator, indicator.kind() == IndicatorKind.INSTRUMENT
                ? instruments.find(indicator.instrumentId()).orElseThrow() : null);
    }

    /** Adds a success indicator to the plan. */
    @Transactional
    public long addIndicator(KesosUser user, long caseId, IndicatorDraft draft) {
        AtomicLong id = new AtomicLong();
        cases.workOn(user, caseId, Stage.RENCANA, "Indikator keberhasilan terukur ditambahkan", () -> {
            List<InvalidInputException.Problem> problems = new ArrayList<>(draft.problems());
            Direction direction = draft.direction();
            if (problems.isEmpty() && draft.kind() == IndicatorKind.INSTRUMENT) {
                Instrument instrument = instruments.find(draft.instrumentId()).orElse(null);
                if (instrument == null) {
                    problems.add(new InvalidInputException.Problem("instrumentId", "progress.value.required"));
                } else if (draft.aspect() != null && !instrument.current().aspects().contains(draft.aspect())) {
                    problems.add(new InvalidInputException.Problem("aspect", "progress.aspect.unknown"));
                } else {
                    direction = instrument.current().direction();
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            boolean counted = draft.kind() == IndicatorKind.BEHAVIOUR;
            id.set(table.insertIndicator(caseId, draft.kind(), counted ? null : draft.instrumentId(),
                    counted ? null : draft.aspect(), counted ? draft.behaviour() : null, counted ? draft.unit() : null,
                    direction, draft.targetKind(), draft.target(), user.username()));
            audit.record(user, AuditAction.CREATE, INDICATOR, id.get(), "kasus " + caseId);
        });
        return id.get();
    }

    /** Removes an indicator from the plan, which only one without measurements may be. */
    @Transactional
    public void removeIndicator(KesosUser user, long caseId, long indicatorId) {
        cases.workOn(user, caseId, Stage.RENCANA, "Indikator keberhasilan terukur dihapus", () -> {
            Indicator indicator = indicator(caseId, indicatorId);
            if (table.measured(indicator.id())) {
                throw new InvalidInputException(null, "progress.indicator.measured");
            }
            table.deleteIndicator(indicator.id());
            audit.record(user, AuditAction.UPDATE, INDICATOR, indicatorId, "dihapus dari kasus " + caseId);
        });
    }

    /**
     * Records the instrument taken for the indicator: every item answered, scored by the rule of
     * the version the form showed.
     *
     * @param versionId the version the form was filled from; refused when the instrument has changed since
     * @param answers   the chosen option's position by item position
     */
    @Transactional
    public long take(KesosUser user, long caseId, long indicatorId, Phase phase, long versionId, LocalDate measuredOn,
            Map<Integer, Integer> answers, String note) {
        AtomicLong id = new AtomicLong();
        cases.workOn(user, caseId, phase.stage(), timelineNote(phase), () -> {
            Indicator indicator = indicator(caseId, indicatorId);
            if (indicator.kind() != IndicatorKind.INSTRUMENT) {
                throw new NotFoundException(INDICATOR, indicatorId);
            }
            instruments.lockShared(indicator.instrumentId());
            InstrumentVersion version = instruments.find(indicator.instrumentId()).orElseThrow().current();
            if (version.id() != versionId) {
                throw new InvalidInputException(null, "progress.instrument.changed");
            }
            if (indicator.aspect() != null && !version.aspects().contains(indicator.aspect())) {
                throw new InvalidInputException(null, "progress.aspect.gone", indicator.aspect());
            }
            List<InvalidInputException.Problem> problems = dateAndNote(measuredOn, note);
            Score score;
            try {
                score = version.score(answers);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                throw new InvalidInputException(problems);
            }
            requireNone(problems);
            id.set(table.insertMeasurement(indicator.id(), phase, measuredOn, round(score.of(indicator.aspect())),
                    version.id(), answers, Input.trim(note), user.username()));
            audit.record(user, AuditAction.CREATE, MEASUREMENT, id.get(), phase + " kasus " + caseId);
        });
        return id.get();
    }

    /** Records how often the indicator's behaviour occurred. */
    @Transactional
    public long count(KesosUser user, long caseId, long indicatorId, Phase phase, LocalDate measuredOn,
            BigDecimal value, String note) {
        AtomicLong id = new AtomicLong();
        cases.workOn(user, caseId, phase.stage(), timelineNote(phase), () -> {
            Indicator indicator = indicator(caseId, indicatorId);
            if (indicator.kind() != IndicatorKind.BEHAVIOUR) {
                throw new NotFoundException(INDICATOR, indicatorId);
            }
            List<InvalidInputException.Problem> problems = dateAndNote(measuredOn, note);
            if (value == null) {
                problems.add(new InvalidInputException.Problem("value", "progress.value.required"));
            } else if (value.signum() < 0 || value.compareTo(LIMIT) > 0 || value.scale() > 2) {
                problems.add(new InvalidInputException.Problem("value", "progress.count.invalid"));
            }
            requireNone(problems);
            id.set(table.insertMeasurement(indicator.id(), phase, measuredOn, value.doubleValue(), null, Map.of(),
                    Input.trim(note), user.username()));
            audit.record(user, AuditAction.CREATE, MEASUREMENT, id.get(), phase + " kasus " + caseId);
        });
        return id.get();
    }

    /** Removes a measurement entered by mistake, while the stage of its phase may still be written. */
    @Transactional
    public void removeMeasurement(KesosUser user, long caseId, long measurementId) {
        Measurement measurement = table.measurement(caseId, measurementId).orElse(null);
        if (measurement == null) {
            // The case's own checks answer first (404 and its audit outside the unit), as for any write.
            cases.stageAccess(user, caseId, Stage.MONEV);
            throw new NotFoundException(MEASUREMENT, measurementId);
        }
        cases.workOn(user, caseId, measurement.phase().stage(), "Pengukuran dihapus", () -> {
            table.deleteMeasurement(measurementId);
            audit.record(user, AuditAction.UPDATE, MEASUREMENT, measurementId, "dihapus dari kasus " + caseId);
        });
    }

    private Indicator indicator(long caseId, long indicatorId) {
        return table.indicator(caseId, indicatorId).orElseThrow(() -> new NotFoundException(INDICATOR, indicatorId));
    }

    /** The indicator's scale, its instrument read once per call however many indicators share it. */
    private Scale scale(Indicator indicator, Map<Long, InstrumentVersion> versions) {
        if (indicator.kind() != IndicatorKind.INSTRUMENT) {
            return null;
        }
        InstrumentVersion current = versions.computeIfAbsent(indicator.instrumentId(),
                instrument -> instruments.find(instrument).orElseThrow().current());
        if (indicator.aspect() != null && !current.aspects().contains(indicator.aspect())) {
            return null;
        }
        return new Scale(current.min(indicator.aspect()), current.max(indicator.aspect()));
    }

    private static List<InvalidInputException.Problem> dateAndNote(LocalDate measuredOn, String note) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (measuredOn == null) {
            problems.add(new InvalidInputException.Problem("measuredOn", "progress.value.required"));
        } else if (measuredOn.isAfter(LocalDate.now(KesosClock.ZONE))) {
            problems.add(new InvalidInputException.Problem("measuredOn", "progress.date.future"));
        }
        Input.text(problems, "note", Input.trim(note), 500, false);
        return problems;
    }

    private static void requireNone(List<InvalidInputException.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The timeline's words for a measurement, which name the phase and nothing of the client. */
    private static String timelineNote(Phase phase) {
        return switch (phase) {
            case BASELINE -> "Pengukuran awal (baseline)";
            case DURING -> "Pengukuran selama intervensi";
            case POST -> "Pengukuran akhir (pasca intervensi)";
        };
    }
}
