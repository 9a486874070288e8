package ma.cybercaravane.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.reports.RegionalWorkbook.Progress;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * The raw answers as CSV (RFC 4180: comma, double quotes, CRLF) in UTF-8 with a byte-order mark, so that Excel shows
 * Arabic right. Numbers are plain (dot decimals), dates ISO 8601. Texts that could be read as formulas get a leading
 * apostrophe ({@link FormulaGuard}).
 */
@Component
class RawCsv {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RawAnswers raw;
    private final QuestionTexts texts;

    RawCsv(RawAnswers raw, QuestionTexts texts) {
        this.raw = raw;
        this.texts = texts;
    }

    /** Returns the number of rows written (header excluded). */
    long write(Scope scope, ReportFilter filter, Language language, OutputStream out, Progress progress) throws IOException {
        long total = Math.max(1, raw.estimate(scope, filter, null));
        progress.update(0, total);
        Function<String, String> labels = key -> Messages.get().format(key, language);
        RawColumns columns = new RawColumns(raw.sessions(scope, filter, null, language), labels, texts);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        Line line = new Line(writer);
        for (String header : columns.headers()) line.text(header);
        line.end();
        long[] done = {0};
        try {
            raw.stream(scope, filter, null, answers -> {
                for (var a : answers) {
                    columns.write(a, line);
                    line.end();
                    if (++done[0] % 10_000 == 0) progress.update(done[0], Math.max(total, done[0]));
                }
            }, a -> {
                columns.write(a, line);
                line.end();
                done[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        progress.update(total, total);
        return done[0];
    }

    /** One CSV line being written. */
    static final class Line implements RawColumns.Sink {
        private final Writer out;
        private boolean first = true;

        Line(Writer out) {
            this.out = out;
        }

        private Line field(String value) {
            try {
                if (!first) out.write(',');
                first = false;
                if (value == null) return this;
                if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(value.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(value);
                }
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void end() {
            try {
                out.write("\r\n");
                first = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Line text(String value) {
            return field(value == null ? null : FormulaGuard.inert(value));
        }

        @Override
        public Line number(long value) {
            return field(Long.toString(value));
        }

        @Override
        public Line number(Integer value) {
            return field(value == null ? null : value.toString());
        }

        @Override
        public Line decimal(Double value) {
            return field(value == null ? null : Double.toString(value));
        }

        @Override
        public Line date(LocalDate value) {
            return field(value == null ? null : value.toString());
        }

        @Override
        public Line dateTime(OffsetDateTime value) {
            return field(value == null ? null : value.atZoneSameInstant(ReportSql.ZONE).format(DATE_TIME));
        }
    }
}
