//! `--shard K/N` covers every module directory and file exactly once; `merge` rebuilds the whole report.

use crate::support::{PUBLIC_BUCKET, TempRepo, tollgate};

#[test]
fn shards_cover_the_scan_once_and_merge_back() {
    let repo = TempRepo::new();
    for dir in ["a", "b", "c", "d", "e", "f"] {
        repo.write(&format!("{dir}/main.tf"), PUBLIC_BUCKET);
        repo.write(&format!("{dir}/extra.tf"), PUBLIC_BUCKET.replace("\"site\"", "\"extra\""));
    }
    repo.write(
        "k8s/pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: []\n",
    );
    let (_, whole) = repo.check_json(&[]);
    let mut outputs = Vec::new();
    let mut shard_files: Vec<String> = Vec::new();
    for k in 1..=3 {
        let out = format!("shard{k}.json");
        let run =
            tollgate(repo.path(), &["check", ".", "--shard", &format!("{k}/3"), "--format", "json", "--output", &out]);
        assert!(run.code <= 1, "{}", run.stderr);
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(repo.path().join(&out)).expect("read")).expect("json");
        shard_files.extend(
            report["findings"].as_array().into_iter().flatten().map(|f| f["file"].as_str().unwrap_or("").to_owned()),
        );
        outputs.push(out);
    }
    let mut all_files: Vec<String> = whole["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| f["file"].as_str().unwrap_or("").to_owned())
        .collect();
    all_files.sort();
    shard_files.sort();
    assert_eq!(shard_files, all_files, "the shards together find exactly what one run finds");

    let mut args = vec!["merge"];
    args.extend(outputs.iter().map(String::as_str));
    args.extend(["--format", "json"]);
    let merged = tollgate(repo.path(), &args);
    assert_eq!(merged.code, 1, "{}", merged.stderr);
    let merged = merged.json();
    assert_eq!(merged["summary"]["findings"], whole["summary"]["findings"]);
    assert_eq!(merged["summary"]["files_scanned"], whole["summary"]["files_scanned"]);
    assert_eq!(merged["summary"]["resources"], whole["summary"]["resources"]);
    assert_eq!(tollgate(repo.path(), &["check", "--shard", "4/3"]).code, 2);
    assert_eq!(tollgate(repo.path(), &["merge", "nope.json"]).code, 2);
}
