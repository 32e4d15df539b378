/**
 * V8 tuning set before any rule code runs (imported first by bin.ts). The rules are hundreds
 * of small `check` functions that each become hot; with V8's default inlining budget each is
 * optimized with most of its callees inlined, and that optimizing compilation is a large part
 * of a run's CPU time (on a 2-core machine it competes with the audit for the second core).
 * A smaller cumulative inlining budget costs little in the optimized code and saves most of
 * that compilation: `npm run bench` 10 MB, about 7% less wall time (README, "Quality and speed").
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=150 --interrupt-budget=400000');
