package pl.klaster.portal.service.report.export;

import org.junit.jupiter.api.Test;
import pl.klaster.portal.service.report.table.TableReport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke test of streaming: 50,000 rows made up as they are read go through each writer into a stream that only
 * counts bytes. It checks that the writers finish, read the rows once and leave the stream open; speed and memory
 * are measured by the benchmarks, not here.
 */
class LargeReportTest {

    private static final int ROWS = 50_000;

    /** Counts what is written and throws it away; remembers whether it was closed. */
    private static final class CountingStream extends OutputStream {
        long bytes;
        boolean closed;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static CountingStream write(ReportWriter writer) throws IOException {
        AtomicInteger reads = new AtomicInteger();
        TableReport report = SampleReports.generated(ROWS, reads);
        CountingStream out = new CountingStream();
        writer.write(report, out);
        assertThat(reads).as("the rows are read once").hasValue(1);
        assertThat(out.closed).as("the caller closes the stream").isFalse();
        return out;
    }

    @Test
    void csv() throws IOException {
        assertThat(write(new CsvReportWriter(';')).bytes).isGreaterThan(ROWS * 50L);
    }

    @Test
    void xlsx() throws IOException {
        assertThat(write(new XlsxReportWriter()).bytes).isGreaterThan(ROWS * 10L);
    }

    @Test
    void pdf() throws IOException {
        assertThat(write(new PdfReportWriter()).bytes).isGreaterThan(ROWS * 50L);
    }
}
