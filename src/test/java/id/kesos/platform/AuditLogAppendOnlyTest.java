package id.kesos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kesos.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses to change or remove audit entries, whatever the application does. */
@IntegrationTest
class AuditLogAppendOnlyTest {

    private static final String SUMMARY = "checked by AuditLogAppendOnlyTest";

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    long entryId;

    @BeforeEach
    void writeEntry() {
        audit.record(AuditAction.EXPORT, "TEST", "append-only", SUMMARY);
        entryId = jdbc.sql("select max(id) from platform.audit_log where entity_type = 'TEST'")
                .query(Long.class).single();
    }

    @Test
    void refusesUpdate() {
        assertRefused("update platform.audit_log set summary = 'forged' where id = " + entryId, "UPDATE");
        assertThat(summaryOf(entryId)).isEqualTo(SUMMARY);
    }

    @Test
    void refusesDelete() {
        assertRefused("delete from platform.audit_log where id = " + entryId, "DELETE");
        assertThat(summaryOf(entryId)).isEqualTo(SUMMARY);
    }

    @Test
    void refusesTruncate() {
        assertRefused("truncate platform.audit_log", "TRUNCATE");
        assertThat(summaryOf(entryId)).isEqualTo(SUMMARY);
    }

    @Test
    void searchFindsTheEntryByItsFields() {
        var page = audit.search(new AuditFilter(null, null, null, AuditAction.EXPORT, "test", "append-only", null), 0, 10);
        assertThat(page.items()).extracting(AuditEntry::id).contains(entryId);
    }

    private void assertRefused(String sql, String operation) {
        assertThatThrownBy(() -> jdbc.sql(sql).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("audit_log is append-only: " + operation + " is not allowed");
    }

    private String summaryOf(long id) {
        return jdbc.sql("select summary from platform.audit_log where id = :id").param("id", id)
                .query(String.class).single();
    }
}
