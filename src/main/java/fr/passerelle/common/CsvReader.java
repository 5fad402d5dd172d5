package fr.passerelle.common;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * RFC 4180 CSV reader (quotes, doubled quotes, separators and line breaks inside quotes) that tells the
 * physical line where each record starts, so that import errors can name it.
 */
public final class CsvReader {

    private final Reader in;
    private final String source;
    private int line = 1;
    private int peeked = -2;

    public CsvReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Reads the header, then gives each record to the consumer. */
    public void forEachRecord(Consumer<CsvRecord> consumer) throws IOException {
        int headerLine = line;
        List<String> header = next();
        if (header == null) {
            throw new CsvFormatException(source, headerLine, null, "empty file: a header line is expected");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).trim(), i);
        }
        while (true) {
            int recordLine = line;
            List<String> values = next();
            if (values == null) {
                return;
            }
            if (values.size() == 1 && values.get(0).isEmpty()) {
                continue; // blank line
            }
            if (values.size() != header.size()) {
                throw new CsvFormatException(source, recordLine, null,
                        "expected " + header.size() + " fields, found " + values.size());
            }
            consumer.accept(new CsvRecord(source, recordLine, index, values));
        }
    }

    private List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvFormatException(source, line, null, "unterminated quoted field");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else {
                if (c == -1 || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int n = read();
                        if (n != '\n') {
                            unread(n);
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else {
                    field.append((char) c);
                    fieldStarted = true;
                }
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int p = peeked;
            peeked = -2;
            return p;
        }
        return in.read();
    }

    private void unread(int c) {
        peeked = c;
    }
}
