package curio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's high-water mark: the sum of the heap pools' peak usage since {@link #reset()}
 * (an upper bound: pools peak at different moments), and the largest used-heap sample taken by
 * {@link #sample()}.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private volatile long sampled;

    void reset() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampled = 0;
    }

    void sample() {
        sampled = Math.max(sampled, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    long poolPeaksBytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    long sampledBytes() {
        return sampled;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
