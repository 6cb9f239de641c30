package id.kesos.casework;

import java.util.List;
import java.util.Map;

/**
 * A stage as its page shows it: state, the values of its form, its records and its approvals;
 * whether the workflow lets it be entered, and whether the user may write into it.
 */
public record StageDetail(StageView view, StageForm form, Map<String, String> values, List<StageEntry> entries,
        List<ApprovalView> approvals, boolean mayEnter, boolean mayWrite) {}
