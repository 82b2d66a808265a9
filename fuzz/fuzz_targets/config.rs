//! Fuzz target: `tollgate_engine::fuzzing::run("config", ...)` on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tollgate_engine::fuzzing::run("config", data));
