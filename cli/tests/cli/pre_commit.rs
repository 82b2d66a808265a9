//! The real `pre-commit` tool (from PyPI; `.ci/run` installs it) runs tollgate's hook from
//! `.pre-commit-hooks.yaml` on a temp repository: a staged bad file blocks the commit, a good one passes.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::git::git;
use crate::support::{PUBLIC_BUCKET, TempRepo, repo_root};

fn pre_commit_available() -> bool {
    Command::new("pre-commit").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// A git repository holding tollgate's hook definitions, as pre-commit fetches hook repositories.
fn hook_repo() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tmp");
    let hooks = std::fs::read_to_string(repo_root().join(".pre-commit-hooks.yaml")).expect("hooks file");
    std::fs::write(dir.path().join(".pre-commit-hooks.yaml"), hooks).expect("write");
    git(dir.path(), &["init", "-q", "-b", "main"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-q", "-m", "hooks"]);
    let rev = git(dir.path(), &["rev-parse", "HEAD"]);
    (dir, rev)
}

fn commit_with_hook(repo: &Path, path_with_tollgate: &str, home: &Path) -> std::process::Output {
    Command::new("git")
        .args(["-c", "user.name=tollgate", "-c", "user.email=tests@tollgate.dev", "commit", "-q", "-m", "change"])
        .current_dir(repo)
        .env("PATH", path_with_tollgate)
        .env("PRE_COMMIT_HOME", home)
        .output()
        .expect("git commit")
}

#[test]
fn the_hook_blocks_a_bad_commit_and_lets_a_good_one_through() {
    if !pre_commit_available() {
        assert!(
            std::env::var_os("TOLLGATE_REQUIRE_PRE_COMMIT").is_none(),
            "pre-commit is required here but not installed"
        );
        println!("note: pre-commit is not installed (pip install pre-commit); .ci/run installs it. Skipping.");
        return;
    }
    let (hooks, rev) = hook_repo();
    let repo = TempRepo::new();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    repo.write(
        ".pre-commit-config.yaml",
        format!("repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: tollgate\n", hooks.path().display()),
    );
    let home = tempfile::tempdir().expect("tmp");
    let install = Command::new("pre-commit")
        .arg("install")
        .current_dir(repo.path())
        .env("PRE_COMMIT_HOME", home.path())
        .output()
        .expect("install");
    assert!(install.status.success(), "{}", String::from_utf8_lossy(&install.stderr));
    let bin_dir: PathBuf = PathBuf::from(env!("CARGO_BIN_EXE_tollgate")).parent().expect("bin dir").to_path_buf();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());

    repo.write("infra/main.tf", PUBLIC_BUCKET);
    git(repo.path(), &["add", "-A"]);
    let blocked = commit_with_hook(repo.path(), &path, home.path());
    let output = format!("{}{}", String::from_utf8_lossy(&blocked.stdout), String::from_utf8_lossy(&blocked.stderr));
    assert!(!blocked.status.success(), "the commit should be blocked:\n{output}");
    assert!(output.contains("AWS001"), "{output}");

    repo.write("infra/main.tf", PUBLIC_BUCKET.replace("public-read", "private"));
    repo.write(".tollgate.yaml", "rules:\n  disable: [AWS005]\n");
    git(repo.path(), &["add", "-A"]);
    let passed = commit_with_hook(repo.path(), &path, home.path());
    let output = format!("{}{}", String::from_utf8_lossy(&passed.stdout), String::from_utf8_lossy(&passed.stderr));
    assert!(passed.status.success(), "the commit should pass:\n{output}");
}
