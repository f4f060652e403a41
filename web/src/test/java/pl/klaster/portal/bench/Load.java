package pl.klaster.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: N virtual users, each on its own thread, each sending its next request as soon as the last
 * one answered. A warm-up whose requests are not counted, then a measured period; with {@code minEach} every user
 * also finishes at least that many measured requests (for the exports, which can take longer than the period).
 */
final class Load {

    /** One request of one virtual user; returns its latency in nanoseconds, or throws when its answer is wrong. */
    @FunctionalInterface
    interface Request {
        long send() throws Exception;
    }

    /** What a run measured: latencies (ms, sorted) of the measured period, errors of the whole run, its measured wall time. */
    record Result(int users, double[] millis, int errors, String firstError, double seconds) {

        double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * millis.length);
            return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
        }

        double throughput() {
            return seconds <= 0 ? 0 : millis.length / seconds;
        }

        int requests() {
            return millis.length;
        }
    }

    private Load() {
    }

    /** Wraps a request whose whole call is to be timed. */
    static Request wall(Action action) {
        return () -> {
            long start = System.nanoTime();
            action.run();
            return System.nanoTime() - start;
        };
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    static Result run(List<Request> users, double warmUpSeconds, double seconds, int minEach) throws InterruptedException {
        int n = users.size();
        List<List<Long>> samples = new ArrayList<>();
        int[] errors = new int[n];
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmUpSeconds * 1e9);
        long measureTo = measureFrom + (long) (seconds * 1e9);
        long[] lastEnd = new long[n];
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            List<Long> mine = new ArrayList<>();
            samples.add(mine);
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    int counted = 0;
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= measureTo && counted >= minEach) {
                            break;
                        }
                        boolean measured = now >= measureFrom;
                        try {
                            long took = users.get(index).send();
                            if (measured) {
                                mine.add(took);
                                counted++;
                            }
                        } catch (Exception e) {
                            // errors count in the warm-up too: every one of them must be zero
                            errors[index]++;
                            if (measured) {
                                counted++;
                            }
                            firstError.compareAndSet(null, e.toString());
                        }
                        lastEnd[index] = System.nanoTime();
                    }
                } finally {
                    done.countDown();
                }
            }, "vu-" + i);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        long end = Arrays.stream(lastEnd).max().orElse(measureTo);
        double[] millis = samples.stream().flatMap(List::stream).mapToDouble(ns -> ns / 1e6).sorted().toArray();
        int errorCount = Arrays.stream(errors).sum();
        return new Result(n, millis, errorCount, firstError.get(), Math.max(seconds, (end - measureFrom) / 1e9));
    }
}
