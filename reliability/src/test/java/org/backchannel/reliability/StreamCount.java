package org.backchannel.reliability;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;

/** Streams inputs through the ingestor and prints how many documents and problems came out, and the peak heap used. */
public final class StreamCount {
    private StreamCount() {}

    public static void main(String[] args) {
        AtomicLong documents = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        IngestResult r = new Ingestor().stream(List.of(args), System.in, d -> {
            documents.incrementAndGet();
            chars.addAndGet(d.text().length());
        });
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "documents %d chars %d problems %d peak-heap-mb %d max-heap-mb %d%n",
                documents.get(),
                chars.get(),
                r.problems().size(),
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
