// Property tests explore random inputs when run by hand; in CI they replay one fixed seed, so a
// submission's result does not depend on the draw (counterexamples found by hand go in a table test).
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261126) });
