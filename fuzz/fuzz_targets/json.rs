//! Fuzz target: `tollgate_engine::fuzzing::run("json", ...)` on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tollgate_engine::fuzzing::run("json", data));
