//! Fuzz target: `tollgate_engine::normalize::fuzzing::run("config", ...)` on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tollgate_engine::normalize::fuzzing::run("config", data));
