package org.sigti.workflow;

/**
 * Fired once at start-up of a demo installation ({@code SIGTI_DEMO_DATA=true}) on an empty case table, in the
 * transaction of {@link DemoCases}: each procedure family that shows demo cases observes it and files them through
 * the kernel, so their inbox rows and audit chains are real ones. The kernel names none of them.
 */
public final class DemoData {

    private int filed;

    /** An observer's count of the cases it filed. */
    public void filed(int cases) {
        filed += cases;
    }

    public int filed() {
        return filed;
    }
}
