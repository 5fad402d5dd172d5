package fr.passerelle.common;

/** A CSV file that cannot be used: names the file, the line and, when known, the field. */
public class CsvFormatException extends RuntimeException {

    private final String source;
    private final int line;
    private final String field;
    private final String reason;

    public CsvFormatException(String source, int line, String field, String reason) {
        super(source + ", line " + line + (field == null ? "" : ", field " + field) + ": " + reason);
        this.source = source;
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
