package id.kesos.casework;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnitView;
import id.kesos.access.OrgUnits;
import id.kesos.casework.internal.AttachmentTable;
import id.kesos.casework.internal.CaseRow;
import id.kesos.casework.internal.CaseTable;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.KesosClock;
import id.kesos.platform.NotFoundException;
import id.kesos.platform.PdfRenderer;
import id.kesos.region.Region;
import id.kesos.region.RegionLevel;
import id.kesos.region.Regions;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of a case, printed as PDF: the informed consent, the case conferences' minutes and
 * attendance, the intervention plan, a session record, the termination form, the referral and
 * return statements, and the case report in the structure of the seed's BAB IV. The client is
 * named by initials; every printing is audited.
 */
@Service
public class CaseDocuments {

    /** The stages whose sections of the case report print other modules' parts (4.2 and 4.5). */
    private static final Set<Stage> REPORT_PARTS = Set.of(Stage.ASESMEN, Stage.MONEV);

    private final Cases cases;
    private final CaseTable table;
    private final AttachmentTable attachments;
    private final Persons persons;
    private final OrgUnits units;
    private final Regions regions;
    private final StageParts parts;
    private final PdfRenderer pdf;
    private final AuditLog audit;

    CaseDocuments(Cases cases, CaseTable table, AttachmentTable attachments, Persons persons, OrgUnits units,
            Regions regions, StageParts parts, PdfRenderer pdf, AuditLog audit) {
        this.cases = cases;
        this.table = table;
        this.attachments = attachments;
        this.persons = persons;
        this.units = units;
        this.regions = regions;
        this.parts = parts;
        this.pdf = pdf;
        this.audit = audit;
    }

    /** The papers the case can print now, in workflow order (the report last). */
    @Transactional(readOnly = true)
    public List<CaseDocument> printable(KesosUser user, long caseId) {
        CaseRow row = cases.readable(user, caseId);
        CaseWorkflow workflow = CaseWorkflow.of(row.status(), table.stages(caseId));
        Map<String, String> termination = table.stageValues(caseId, Stage.TERMINASI);
        return List.of(CaseDocument.values()).stream()
                .filter(document -> !document.perEntry() && document.printable(workflow,
                        document.stage() == Stage.TERMINASI ? termination : Map.of()))
                .toList();
    }

    /**
     * The paper as a PDF.
     *
     * @param entryId the session to print, for a session record; ignored otherwise
     * @throws NotFoundException when the case is out of reach or the paper has nothing to print yet
     */
    @Transactional
    public PrintedDocument print(KesosUser user, long caseId, CaseDocument document, Long entryId) {
        CaseRow row = cases.readable(user, caseId);
        CaseView kase = cases.view(user, caseId);
        Map<Stage, Map<String, String>> values = table.allValues(caseId);
        Stage stage = document.stage();
        if (!document.printable(kase.workflow(), stage == null ? Map.of() : values.getOrDefault(stage, Map.of()))) {
            throw new NotFoundException("CASE_DOCUMENT", document.slug());
        }
        Map<Stage, List<StageEntry>> entries = table.allEntries(caseId);
        Map<String, Object> model = new HashMap<>();
        if (document.perEntry()) {
            model.put("sessionRecord", entries.getOrDefault(stage, List.of()).stream()
                    .filter(e -> entryId != null && e.id() == entryId).findFirst().map(SessionRecord::own)
                    .orElseThrow(() -> new NotFoundException("CASE_ENTRY", entryId)));
        }
        model.put("d", new CaseDossier(kase, client(user, row.personId(), kase.initials()), letterhead(row.unitId()),
                values, entries, cases.sessions(user, caseId), table.approvals(caseId), attachments.ofCase(caseId),
                LocalDate.now(KesosClock.ZONE)));
        if (document == CaseDocument.REPORT) {
            model.put("parts", parts.of(REPORT_PARTS, kase));
        }
        model.put("document", document);
        model.put("draft", !document.perEntry() && !kase.workflow().state(stage == null ? Stage.TERMINASI : stage).done());
        audit.record(user, AuditAction.EXPORT, Cases.ENTITY, caseId,
                document.slug() + (document.perEntry() ? " " + entryId : ""));
        return new PrintedDocument(kase.caseNumber() + "-" + document.slug()
                + (document.perEntry() ? "-" + entryId : "") + ".pdf", pdf.render(document.template(), model));
    }

    private CaseDossier.Client client(KesosUser user, long personId, String initials) {
        PersonView person = persons.open(user, personId);
        List<Region> lineage = regions.lineage(person.regionCode());
        Integer age = person.birthDate() == null ? null
                : Period.between(person.birthDate(), LocalDate.now(KesosClock.ZONE)).getYears();
        return new CaseDossier.Client(initials, person.sex() == null ? null : person.sex().name(), age,
                plain(person.religion()), plain(person.education()), plain(person.occupation()),
                plain(person.disability()),
                name(lineage, RegionLevel.VILLAGE), name(lineage, RegionLevel.DISTRICT),
                name(lineage, RegionLevel.REGENCY));
    }

    private CaseDossier.Letterhead letterhead(long unitId) {
        OrgUnitView unit = units.find(unitId).orElseThrow();
        List<String> above = new ArrayList<>();
        units.ancestors(unit).forEach(ancestor -> above.add(ancestor.name()));
        String city = Optional.ofNullable(unit.regionCode()).map(regions::lineage)
                .map(lineage -> name(lineage, RegionLevel.REGENCY))
                .map(regency -> regency.replaceFirst("^(Kabupaten|Kota) ", ""))
                .orElse(null);
        return new CaseDossier.Letterhead(above, unit.name(), unit.address(), city);
    }

    /** A registry code as a paper writes it: BURUH_HARIAN_LEPAS as "Buruh harian lepas", SMA as it is. */
    static String plain(String code) {
        if (code == null || code.length() <= 3) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(PdfRenderer.INDONESIAN);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String name(List<Region> lineage, RegionLevel level) {
        return lineage.stream().filter(r -> r.level() == level).map(Region::name).findFirst().orElse(null);
    }
}
