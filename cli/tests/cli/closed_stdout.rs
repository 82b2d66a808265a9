//! A reader that closes stdout early (`| head`) ends the output quietly: no panic, and the exit code
//! the run would have given anyway.

use std::process::Stdio;

use crate::support::repo_root;

/// Runs tollgate with stdout a pipe whose reading end is closed before anything is written.
fn with_closed_stdout(args: &[&str]) -> (i32, String) {
    let cache = tempfile::tempdir().expect("cache dir");
    let mut child = crate::support::clean_command(env!("CARGO_BIN_EXE_tollgate"), cache.path())
        .args(args)
        .current_dir(repo_root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tollgate");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn a_closed_stdout_ends_the_run_quietly_with_its_usual_exit_code() {
    for (args, code) in [
        (&["check", "testdata", "--format", "json"][..], 1),
        (&["check", "testdata"][..], 1),
        (&["rules", "list"][..], 0),
        (&["rules", "list", "--format", "json"][..], 0),
        (&["rules", "show", "AWS001"][..], 0),
        (&["inspect", "testdata/terraform/locals"][..], 0),
    ] {
        let (got, stderr) = with_closed_stdout(args);
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{args:?}: {stderr}");
        assert_eq!(got, code, "{args:?}: {stderr}");
    }
}
