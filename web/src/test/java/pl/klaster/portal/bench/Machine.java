package pl.klaster.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine and the server process: description, resident memory, heap (through the JDK's jcmd and jstat). */
final class Machine {

    private Machine() {
    }

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(2, TimeUnit.MINUTES);
            return out.trim();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String cpuModel() {
        for (String line : run("lscpu").split("\n")) {
            if (line.startsWith("Model name:")) {
                return line.substring("Model name:".length()).trim();
            }
        }
        return "unknown";
    }

    static String memoryTotal() {
        String kb = field(Path.of("/proc/meminfo"), "MemTotal:");
        return kb == null ? "unknown" : String.format("%.1f GiB", Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0);
    }

    static String os() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "") + ", kernel " + run("uname", "-r");
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Resident memory of a process, MiB (VmRSS). */
    static double residentMiB(long pid) {
        String kb = field(Path.of("/proc/" + pid + "/status"), "VmRSS:");
        return kb == null ? Double.NaN : Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0;
    }

    /** A full GC in the server (jcmd GC.run), then its heap in use, MiB (jstat -gc: survivors + eden + old). */
    static double heapAfterFullGcMiB(long pid) {
        run("jcmd", String.valueOf(pid), "GC.run");
        return heapUsedMiB(pid)[0];
    }

    /** Heap in use now, MiB: {all generations, survivors + old only, young collections so far}. */
    static double[] heapUsedMiB(long pid) {
        String[] lines = run("jstat", "-gc", String.valueOf(pid)).split("\n");
        if (lines.length < 2) {
            return new double[]{Double.NaN, Double.NaN, Double.NaN};
        }
        return parse(lines[0], lines[lines.length - 1]);
    }

    static double[] parse(String header, String line) {
        List<String> names = List.of(header.trim().split("\\s+"));
        String[] values = line.trim().split("\\s+");
        double s0 = value(names, values, "S0U");
        double s1 = value(names, values, "S1U");
        double eden = value(names, values, "EU");
        double old = value(names, values, "OU");
        double young = value(names, values, "YGC");
        return new double[]{(s0 + s1 + eden + old) / 1024.0, (s0 + s1 + old) / 1024.0, young};
    }

    private static double value(List<String> names, String[] values, String name) {
        int i = names.indexOf(name);
        return i < 0 || i >= values.length ? Double.NaN : Double.parseDouble(values[i].replace(',', '.'));
    }

    private static String field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return line.substring(name.length()).trim();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /**
     * Samples the server's heap every 100 ms with {@code jstat -gc <pid> 100} while something runs. The growth
     * that counts is of the heap that survives young collections (survivors + old generation) over its level at
     * the start; the peak of all generations (eden's short-lived garbage included) is kept too.
     */
    static final class HeapSampler implements AutoCloseable {
        private final Process process;
        private final Thread reader;
        private final List<double[]> samples = new ArrayList<>();

        HeapSampler(long pid) throws IOException {
            process = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "100").redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (var in = process.inputReader()) {
                    String header = null;
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.trim().startsWith("S0C")) {
                            header = line;
                        } else if (header != null && !line.isBlank()) {
                            double[] s = parse(header, line);
                            synchronized (samples) {
                                samples.add(s);
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the sampler ends with the process
                }
            }, "heap-sampler");
            reader.setDaemon(true);
            reader.start();
        }

        /** {peak all generations, peak survivors + old, first survivors + old, samples}. */
        double[] summary() {
            synchronized (samples) {
                double peakAll = 0;
                double peakLive = 0;
                for (double[] s : samples) {
                    peakAll = Math.max(peakAll, s[0]);
                    peakLive = Math.max(peakLive, s[1]);
                }
                double first = samples.isEmpty() ? Double.NaN : samples.get(0)[1];
                double firstAll = samples.isEmpty() ? Double.NaN : samples.get(0)[0];
                return new double[]{peakAll, peakLive, first, firstAll, samples.size()};
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            reader.join(2000);
        }
    }
}
