//! Running the binary and building throwaway repositories.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr))
    }
}

/// The repository root (where `testdata/` and `rules/` are).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `tollgate` with `args` in `dir`, with a cache of its own (every run starts cold).
pub fn tollgate(dir: &Path, args: &[&str]) -> Run {
    tollgate_env(dir, args, &[])
}

/// A command for tollgate (or a tool that starts it) with a clean environment: `PATH`, `HOME` set to
/// `home` (nothing of the developer's `~/.terraformrc` or caches), `NO_COLOR` and the cache directory,
/// and nothing else. A developer's `OPENAI_API_KEY`, `GITHUB_TOKEN`, `TF_VAR_*` or catalog directory
/// never reaches a test run; each test sets what it needs.
pub fn clean_command(program: impl AsRef<std::ffi::OsStr>, home: &Path) -> Command {
    let mut command = Command::new(program);
    command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("TOLLGATE_CACHE_DIR", home.join("cache"))
        .env("NO_COLOR", "1");
    command
}

/// Runs `tollgate` as [`tollgate`] does, with these environment variables set (and no others).
pub fn tollgate_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let home = tempfile::tempdir().expect("home dir");
    let mut command = clean_command(env!("CARGO_BIN_EXE_tollgate"), home.path());
    command.args(args).current_dir(dir);
    command.envs(env.iter().copied());
    let output = command.output().expect("run tollgate");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A temporary directory of files.
pub struct TempRepo {
    pub dir: tempfile::TempDir,
}

impl TempRepo {
    pub fn new() -> Self {
        TempRepo { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> &Self {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, contents).expect("write");
        self
    }

    pub fn check_json(&self, extra: &[&str]) -> (Run, Value) {
        let mut args = vec!["check", ".", "--format", "json"];
        args.extend_from_slice(extra);
        let run = tollgate(self.path(), &args);
        let json = run.json();
        (run, json)
    }
}

/// The (rule_id, file, line) of every finding not suppressed.
pub fn active(report: &Value) -> Vec<(String, String, u64)> {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["suppressed"] == false && f["baselined"] == false)
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or("").to_owned(),
                f["file"].as_str().unwrap_or("").to_owned(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// A Terraform file with one public-ACL bucket (AWS001 at line 3).
pub const PUBLIC_BUCKET: &str =
    "resource \"aws_s3_bucket\" \"site\" {\n  bucket = \"acme-site\"\n  acl    = \"public-read\"\n}\n";

/// The same report without the parts that change with every rule added (for snapshots).
pub fn stable(mut report: Value) -> Value {
    if let Some(map) = report.as_object_mut() {
        map.remove("rules");
        map.insert("tool".into(), serde_json::json!({"name": "tollgate", "version": "[version]"}));
    }
    if let Some(summary) = report.get_mut("summary").and_then(Value::as_object_mut) {
        summary.insert("rules".into(), Value::from("[rules]"));
        summary.insert("evaluations".into(), Value::from("[evaluations]"));
    }
    report
}

/// Asserts that `instance` is valid against the JSON Schema at `schema_path` (repository-relative).
pub fn validate(schema_path: &str, instance: &Value) {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(repo_root().join(schema_path)).expect("schema"))
        .expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let errors: Vec<String> =
        validator.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{schema_path} rejects the output:\n{}", errors.join("\n"));
}

/// Whether a tool a test needs is there. In CI (`CI` set; `.ci/run` installs the tool) its absence
/// fails the test; on a developer's machine the test says what it did not check.
pub fn tool_available(name: &str, present: bool) -> bool {
    if !present && std::env::var_os("CI").is_some() {
        panic!("{name} is required in CI (.ci/run installs it)");
    }
    if !present {
        println!("note: {name} is not installed; this check was not run");
    }
    present
}

/// Runs `tollgate` under GNU time (`/usr/bin/time`): the run, its wall time and its peak resident
/// memory in MB (`None` where GNU time is missing outside CI).
pub fn measured(dir: &Path, args: &[&str]) -> (Run, std::time::Duration, Option<u64>) {
    let home = tempfile::tempdir().expect("home dir");
    let rss = home.path().join("peak-kb.txt");
    let time = Path::new("/usr/bin/time");
    let mut command = if tool_available("GNU time (/usr/bin/time)", time.exists()) {
        let mut c = clean_command(time, home.path());
        c.args(["-f", "%M", "-o"]).arg(&rss).arg(env!("CARGO_BIN_EXE_tollgate"));
        c
    } else {
        clean_command(env!("CARGO_BIN_EXE_tollgate"), home.path())
    };
    command.args(args).current_dir(dir);
    let started = std::time::Instant::now();
    let output = command.output().expect("run tollgate");
    let elapsed = started.elapsed();
    let peak = std::fs::read_to_string(&rss).ok().and_then(|t| t.trim().lines().last()?.parse::<u64>().ok());
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    (run, elapsed, peak.map(|kb| kb / 1024))
}

/// The README's promise for hostile input: each run within 10 s and 1 GB.
pub fn within_bounds(elapsed: std::time::Duration, peak_mb: Option<u64>) {
    assert!(elapsed < std::time::Duration::from_secs(10), "took {elapsed:?}");
    assert!(peak_mb.is_none_or(|mb| mb < 1024), "peak memory {peak_mb:?} MB");
}

#[test]
fn tollgate_runs_with_nothing_of_the_developers_environment() {
    let home = tempfile::tempdir().expect("home");
    let output = clean_command("env", home.path()).output().expect("env runs");
    let mut names: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.to_owned()))
        .collect();
    names.sort();
    assert_eq!(names, ["HOME", "NO_COLOR", "PATH", "TOLLGATE_CACHE_DIR"], "only what the tests set");
}
