import fc from 'fast-check';

/**
 * Property tests run with a fixed seed, so that CI is repeatable; set
 * FC_SEED to another number to explore (a failure prints its seed and path).
 */
fc.configureGlobal({ seed: process.env.FC_SEED === undefined ? 20221129 : Number(process.env.FC_SEED) });
