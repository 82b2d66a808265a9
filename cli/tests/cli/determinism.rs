//! The same inputs give byte-identical reports across runs and thread counts (stable ordering
//! everywhere, no timestamps).

use crate::support::repo_root;

fn report(format: &str, threads: &str) -> Vec<u8> {
    let cache = tempfile::tempdir().expect("cache");
    let output = crate::support::clean_command(env!("CARGO_BIN_EXE_tollgate"), cache.path())
        .args(["check", "testdata", "--format", format])
        .current_dir(repo_root())
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

#[test]
fn reports_are_byte_identical_across_runs_and_thread_counts() {
    for format in ["json", "sarif", "markdown", "junit"] {
        let one = report(format, "1");
        assert_eq!(one, report(format, "4"), "{format}: 1 thread vs 4");
        assert_eq!(one, report(format, "1"), "{format}: a second run");
    }
}
