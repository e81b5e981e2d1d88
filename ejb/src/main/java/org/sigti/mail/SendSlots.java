package org.sigti.mail;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many nudged sends may run at once on this server ({@value #MAX}). Asynchronous EJB calls run on the thread pool
 * the timers share (WildFly's "default", 10 threads): with a relay that swallows connections each send holds its
 * thread up to the timeouts, and a burst of moves could starve the backup timers. A nudge that finds no slot leaves
 * its mail to the sweep (at most 30 s later). Kept out of the stateless worker, which must hold no shared state.
 */
@ApplicationScoped
public class SendSlots {

    static final int MAX = 3;

    private final AtomicInteger taken = new AtomicInteger();

    /** Takes a slot if one is free. */
    public boolean tryTake() {
        while (true) {
            int now = taken.get();
            if (now >= MAX) {
                return false;
            }
            if (taken.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back a slot taken. */
    public void give() {
        taken.decrementAndGet();
    }
}
