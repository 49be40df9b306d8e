package org.stillwater.firstmonth;

import java.io.PrintStream;

/** Tells what happens as the month goes: printed by the demo, silent in tests and benchmarks. */
public interface Narrator {

    void chapter(String title);

    void step(String text);

    void detail(String text);

    static Narrator silent() {
        return new Narrator() {
            @Override
            public void chapter(String title) {
            }

            @Override
            public void step(String text) {
            }

            @Override
            public void detail(String text) {
            }
        };
    }

    static Narrator printingTo(PrintStream out) {
        return new Narrator() {
            @Override
            public void chapter(String title) {
                out.println();
                out.println(title);
            }

            @Override
            public void step(String text) {
                out.println("  ✓ " + text);
            }

            @Override
            public void detail(String text) {
                out.println("      " + text);
            }
        };
    }
}
