/**
 * Setup of the mutation-testing jest config (jest.mutate.config.js): each mutant reruns the tests
 * that cover it, so property tests run 25 cases instead of hundreds. Normal `npm test` is unaffected.
 */
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25 });
