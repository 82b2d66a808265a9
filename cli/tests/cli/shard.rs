//! `--shard K/N` covers the repository exactly once: Terraform by root module (a called module goes
//! with its callers, in each of their shards, never alone), other files by path; `merge` of the N
//! reports equals the single run: findings, resources, files, warnings, errors, Terraform summary.

use std::path::Path;

use serde_json::Value;

use crate::support::{PUBLIC_BUCKET, TempRepo, repo_root, tollgate};

/// What a sharded run must reproduce, in a comparable form.
fn essence(report: &Value) -> Value {
    let sorted = |key: &str, f: &dyn Fn(&Value) -> String| {
        let mut items: Vec<String> = report[key].as_array().into_iter().flatten().map(f).collect();
        items.sort();
        items
    };
    let finding =
        |f: &Value| format!("{} {} {}:{} {}", f["fingerprint"], f["rule_id"], f["file"], f["line"], f["resource"]);
    serde_json::json!({
        "findings": sorted("findings", &finding),
        "warnings": sorted("warnings", &|w| w.to_string()),
        "errors": sorted("errors", &|e| e.to_string()),
        "skipped": sorted("skipped", &|s| s.to_string()),
        "resources": report["summary"]["resources"],
        "files_scanned": report["summary"]["files_scanned"],
        "files_unknown_format": report["summary"]["files_unknown_format"],
        "terraform": report["terraform"],
        "result": report["summary"]["result"],
    })
}

/// Runs `check TARGET` whole and in N shards merged, for N = 2..5, and compares them.
fn shards_equal_the_whole_run(dir: &Path, target: &str) {
    let out = tempfile::tempdir().expect("out dir");
    let whole = tollgate(dir, &["check", target, "--format", "json"]);
    assert!(whole.code <= 2, "{}", whole.stderr);
    let whole = essence(&whole.json());
    assert!(whole["findings"].as_array().is_some_and(|f| f.len() > 5), "{whole:#}");
    for n in 2..=5 {
        let mut reports = Vec::new();
        for k in 1..=n {
            let path = out.path().join(format!("shard-{k}-of-{n}.json"));
            let path = path.to_string_lossy().into_owned();
            let shard = format!("{k}/{n}");
            let run = tollgate(dir, &["check", target, "--shard", &shard, "--format", "json", "--output", &path]);
            assert!(run.code <= 2, "{shard}: {}", run.stderr);
            reports.push(path);
        }
        let mut args = vec!["merge"];
        args.extend(reports.iter().map(String::as_str));
        args.extend(["--format", "json"]);
        let merged = tollgate(dir, &args);
        assert_eq!(essence(&merged.json()), whole, "{n} shards merged differ from one run");
    }
}

#[test]
fn shards_of_the_demo_repository_merge_to_the_single_run() {
    shards_equal_the_whole_run(&repo_root(), "testdata");
}

/// A monorepo of twelve environments calling shared modules (one calls another), Kubernetes files,
/// a waiver that only one shard uses, and one that no shard uses.
#[test]
fn shards_of_a_monorepo_with_shared_modules_merge_to_the_single_run() {
    let repo = TempRepo::new();
    repo.write(
        "modules/bucket/main.tf",
        "variable \"name\" {}\nvariable \"acl\" {}\n\nresource \"aws_s3_bucket\" \"this\" {\n  bucket = var.name\n  acl    = var.acl\n}\n",
    )
    .write(
        "modules/network/main.tf",
        "variable \"env\" {}\n\nmodule \"logs\" {\n  source = \"../bucket\"\n  name   = \"${var.env}-logs\"\n  acl    = \"log-delivery-write\"\n}\n\nresource \"aws_security_group\" \"ssh\" {\n  name = \"${var.env}-ssh\"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
    )
    .write(
        ".tollgate.yaml",
        "waivers:\n  - rule: AWS001\n    path: envs/e3/**\n    reason: a public site\n  - rule: AWS001\n    path: nowhere/**\n    reason: gone\n",
    );
    for i in 0..12 {
        let acl = if i % 2 == 0 { "public-read" } else { "private" };
        let mut main = format!(
            "module \"data\" {{\n  source = \"../../modules/bucket\"\n  name   = \"e{i}-data\"\n  acl    = \"{acl}\"\n}}\n"
        );
        if i % 3 == 0 {
            main.push_str(&format!(
                "\nmodule \"net\" {{\n  source = \"../../modules/network\"\n  env    = \"e{i}\"\n}}\n"
            ));
        }
        repo.write(&format!("envs/e{i}/main.tf"), main);
        repo.write(&format!("envs/e{i}/site.tf"), PUBLIC_BUCKET.replace("acme-site", &format!("e{i}-site")));
        repo.write(
            &format!("k8s/app{i}.yaml"),
            format!(
                "apiVersion: v1\nkind: Pod\nmetadata: {{name: app{i}}}\nspec:\n  hostNetwork: true\n  containers: []\n"
            ),
        );
    }
    repo.write("notes.txt", "not infrastructure\n");
    shards_equal_the_whole_run(repo.path(), ".");
    assert_eq!(tollgate(repo.path(), &["check", "--shard", "4/3"]).code, 2);
    assert_eq!(tollgate(repo.path(), &["merge", "nope.json"]).code, 2);
}
