package org.stillwater.faults;

import java.util.List;

/**
 * Holds week one's journeys back so that every fault meets journeys in flight. A fault planned after {@code n}
 * finished journeys is first <em>due</em> (the suite is about to inject it), then <em>over</em> (its service ready
 * again). Journey {@code j} (counted from 0) starts only once every fault planned after at most {@code j} journeys is
 * due and every fault planned after at most {@code j - lead} journeys is over. So when a fault is injected, the
 * journeys after it have just started and are in flight ({@code lead} of them, fewer when the next fault is planned
 * sooner: those after it wait for that one), and none later have; while it lasts, no more start. Without it, a fault whose restart is slow under load (webhook-service: 149 s in one run) let every journey
 * finish meanwhile, and the faults after it met an idle platform.
 */
final class FaultPacing {

    private final List<Fault> schedule;
    private final int lead;
    private int faultsDue;
    private int faultsOver;
    private boolean open;

    FaultPacing(List<Fault> schedule, int lead) {
        this.schedule = List.copyOf(schedule);
        this.lead = lead;
    }

    /** Blocks journey {@code journey} until the faults it must not overtake are due, or over. */
    synchronized void awaitTurn(int journey) throws InterruptedException {
        long mustBeDue = schedule.stream().filter(fault -> fault.afterJourneys() <= journey).count();
        long mustBeOver = schedule.stream().filter(fault -> fault.afterJourneys() + lead <= journey).count();
        while (!open && (faultsDue < mustBeDue || faultsOver < mustBeOver)) {
            wait();
        }
    }

    /**
     * How many journeys the {@code index}th fault of the schedule lets start when it is due: those planned after it, up
     * to {@code lead}, before the next fault's moment and the plan's last journey.
     */
    int startingWhenDue(int index, int journeys) {
        int from = schedule.get(index).afterJourneys();
        int until = Math.min(from + lead, journeys);
        if (index + 1 < schedule.size()) {
            until = Math.min(until, schedule.get(index + 1).afterJourneys());
        }
        return Math.max(0, until - from);
    }

    /** The next fault of the schedule is about to be injected: the journeys after it may start. */
    synchronized void faultDue() {
        faultsDue++;
        notifyAll();
    }

    /** The fault due is over (its service ready again): the journeys after those may start. */
    synchronized void faultOver() {
        faultsOver++;
        notifyAll();
    }

    /** No fault is left to wait for (the plan ended, or failed): every journey may start. */
    synchronized void openForGood() {
        open = true;
        notifyAll();
    }
}
