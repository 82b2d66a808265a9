//! Fuzz target: `tollgate_engine::normalize::fuzzing::run("terraform", ...)` on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tollgate_engine::normalize::fuzzing::run("terraform", data));
