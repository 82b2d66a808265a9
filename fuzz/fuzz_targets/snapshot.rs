//! Fuzz target: `tollgate_engine::normalize::fuzzing::run("snapshot", ...)` on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tollgate_engine::normalize::fuzzing::run("snapshot", data));
