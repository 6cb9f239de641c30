package id.kesos.registry.importing;

/** An upload that cannot be imported at all: not CSV/XLSX, a wrong header, no rows. Carries a message key. */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
