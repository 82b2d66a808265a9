//! The fuzz targets' saved inputs (`fuzz/regressions/<target>/`: hostile cases written by hand and
//! what the fuzzers found), replayed through the same entry points without the fuzzer: each must
//! end (a value or an error, never a panic) within a time bound, on a thread with a normal stack.

use std::path::Path;
use std::time::{Duration, Instant};

use tollgate_engine::normalize::fuzzing::{TARGETS, run};

/// Generous for a debug build on a loaded CI machine; a hang or an exponential case takes far longer.
const LIMIT: Duration = Duration::from_secs(20);

#[test]
fn every_saved_input_ends_cleanly_and_in_bounded_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions");
    let mut replayed = 0;
    for target in TARGETS {
        let dir = root.join(target);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{target}: no saved inputs");
        for file in files {
            let data = std::fs::read(&file).expect("readable");
            let start = Instant::now();
            // 8 MB, the main thread's stack: deep nesting must be refused, not survive on a big stack.
            let handle =
                std::thread::Builder::new().stack_size(8 << 20).spawn(move || run(target, &data)).expect("a thread");
            let outcome = handle.join();
            assert!(outcome.is_ok(), "{target} panicked on {}", file.display());
            assert!(start.elapsed() < LIMIT, "{target} took {:?} on {}", start.elapsed(), file.display());
            replayed += 1;
        }
    }
    assert!(replayed >= TARGETS.len());
}
