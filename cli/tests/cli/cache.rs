//! The per-file cache: a warm run reuses stored results (so it does not parse or evaluate again), and a
//! corrupt or foreign entry is ignored and rewritten.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{PUBLIC_BUCKET, TempRepo, stable};

fn check(repo: &Path, cache: &Path) -> Value {
    let home = tempfile::tempdir().expect("home");
    let output = crate::support::clean_command(env!("CARGO_BIN_EXE_tollgate"), home.path())
        .args(["check", ".", "--format", "json", "--cache-dir"])
        .arg(cache)
        .current_dir(repo)
        .output()
        .expect("run");
    serde_json::from_slice(&output.stdout).expect("json")
}

fn entries(cache: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in std::fs::read_dir(cache)
        .expect("cache dir")
        .flatten()
        .filter(|e| e.path().is_dir() && e.file_name() != "packs" && e.file_name() != "extra")
    {
        let headers = std::fs::read_dir(dir.path()).expect("shard").flatten().map(|e| e.path());
        found.extend(headers.filter(|p| !p.to_string_lossy().ends_with(".res.json")));
    }
    found.sort();
    found
}

#[test]
fn warm_runs_reuse_results_and_distrust_bad_entries() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET).write(
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: []\n",
    );
    let cache = tempfile::tempdir().expect("tmp");
    let cold = check(repo.path(), cache.path());
    let stored = entries(cache.path());
    assert_eq!(stored.len(), 2, "one entry per file");
    let warm = check(repo.path(), cache.path());
    assert_eq!(stable(warm), stable(cold.clone()), "a warm run reports exactly what a cold one does");

    // The warm run took the stored findings instead of evaluating: an edited (but well-formed) entry shows
    // (once the pack of headers, which would be read first, is gone).
    let packs = cache.path().join("packs");
    assert!(packs.is_dir(), "a warm run reads one pack of headers");
    std::fs::remove_dir_all(&packs).expect("rm packs");
    let tf_entry = stored
        .iter()
        .find(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("aws_s3_bucket")))
        .expect("tf entry");
    let mut entry: Value = serde_json::from_str(&std::fs::read_to_string(tf_entry).expect("read")).expect("json");
    entry["findings"][0]["message"] = Value::from("from the cache");
    std::fs::write(tf_entry, entry.to_string()).expect("write");
    let reused = check(repo.path(), cache.path());
    assert!(reused["findings"].as_array().into_iter().flatten().any(|f| f["message"] == "from the cache"));

    // Corrupt and foreign entries (and packs) are ignored and rewritten.
    std::fs::remove_dir_all(&packs).expect("rm packs");
    std::fs::write(tf_entry, "{not json").expect("write");
    let pod_entry = stored.iter().find(|p| *p != tf_entry).expect("pod entry");
    let mut foreign: Value = serde_json::from_str(&std::fs::read_to_string(pod_entry).expect("read")).expect("json");
    foreign["key"] = Value::from("0000");
    foreign["findings"] = Value::Array(Vec::new());
    std::fs::write(pod_entry, foreign.to_string()).expect("write");
    let recovered = check(repo.path(), cache.path());
    assert_eq!(stable(recovered), stable(cold.clone()));
    assert!(serde_json::from_str::<Value>(&std::fs::read_to_string(tf_entry).expect("read")).is_ok(), "rewritten");
    let pack = std::fs::read_dir(&packs).expect("pack rewritten").flatten().next().expect("a pack").path();
    std::fs::write(&pack, "[\"0.1.0\", [{\"key\": 1}]]").expect("write");
    assert_eq!(stable(check(repo.path(), cache.path())), stable(cold.clone()), "a corrupt pack is not trusted");
}

#[test]
fn a_changed_rule_set_does_not_reuse_results() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET);
    let cache = tempfile::tempdir().expect("tmp");
    let before = check(repo.path(), cache.path());
    assert!(before["findings"].as_array().is_some_and(|f| f.iter().any(|f| f["rule_id"] == "AWS001")));
    repo.write(".tollgate.yaml", "rules:\n  disable: [AWS001]\n");
    let after = check(repo.path(), cache.path());
    assert!(!after["findings"].as_array().into_iter().flatten().any(|f| f["rule_id"] == "AWS001"));
}

fn rule_ids(report: &Value) -> Vec<String> {
    let findings = report["findings"].as_array().expect("findings");
    findings.iter().map(|f| f["rule_id"].as_str().unwrap_or("").to_owned()).collect()
}

/// A project rule (AWS005 reads every bucket and public access block of a directory) runs again only
/// when a file changes; while none does, its findings come from the cache and nothing is evaluated.
#[test]
fn project_rule_results_are_reused_while_no_file_changes() {
    let repo = TempRepo::new();
    // AWS051 (a project rule) finds the VPC, which no per-resource rule does: its stored finding must
    // still point at the VPC's line.
    repo.write("main.tf", PUBLIC_BUCKET)
        .write("vpc.tf", "\n\nresource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");
    let cache = tempfile::tempdir().expect("tmp");
    let cold = check(repo.path(), cache.path());
    assert!(rule_ids(&cold).contains(&"AWS005".to_owned()), "{cold}");
    let vpc = cold["findings"].as_array().and_then(|f| f.iter().find(|f| f["rule_id"] == "AWS051")).expect("AWS051");
    assert_eq!(vpc["line"], 3);
    let warm = check(repo.path(), cache.path());
    assert_eq!(stable(warm.clone()), stable(cold.clone()));
    assert_eq!(warm["summary"]["evaluations"], 0, "the project rules' findings came from the cache");

    // A public access block in another file changes what AWS005 finds: the project rules run again.
    repo.write(
        "pab.tf",
        "resource \"aws_s3_bucket_public_access_block\" \"site\" {\n  bucket = aws_s3_bucket.site.id\n  block_public_acls = true\n  block_public_policy = true\n  ignore_public_acls = true\n  restrict_public_buckets = true\n}\n",
    );
    let blocked = check(repo.path(), cache.path());
    assert!(!rule_ids(&blocked).contains(&"AWS005".to_owned()), "{blocked}");
    assert!(blocked["summary"]["evaluations"].as_u64().unwrap_or(0) > 0);

    // Back to the first files: their stored project findings apply again.
    std::fs::remove_file(repo.path().join("pab.tf")).expect("rm");
    let back = check(repo.path(), cache.path());
    assert_eq!(stable(back.clone()), stable(cold));
    assert_eq!(back["summary"]["evaluations"], 0);
}
