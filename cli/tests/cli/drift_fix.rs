//! `tollgate drift --fix codify|import`: verified edits shown as a diff, written with `--write`, a second
//! drift run clean for what was fixed; untouched bytes stay identical; declined and unverified fixes say why.

use serde_json::Value;

use crate::support::{TempRepo, repo_root, tollgate, validate};

/// A copy of `testdata/drift/aws` in a temporary directory.
fn aws_copy() -> TempRepo {
    let repo = TempRepo::new();
    let from = repo_root().join("testdata/drift/aws");
    for name in ["main.tf", "live/terraform.tfstate", "live/inventory.json"] {
        repo.write(name, std::fs::read(from.join(name)).expect("fixture"));
    }
    repo
}

fn fix(repo: &TempRepo, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["drift", ".", "--live", "live", "-f", "json"];
    args.extend_from_slice(extra);
    let run = tollgate(repo.path(), &args);
    let report = run.json();
    validate("schemas/fix.schema.json", &report);
    (run.code, report)
}

fn statuses(report: &Value) -> Vec<(String, String, String)> {
    let fixes = report["fixes"].as_array().expect("fixes");
    fixes
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_owned();
            (s("kind"), s("address"), s("status"))
        })
        .collect()
}

#[test]
fn codify_and_import_are_verified_written_and_the_rerun_is_clean() {
    let repo = aws_copy();
    let before = std::fs::read_to_string(repo.path().join("main.tf")).unwrap();
    let (code, report) = fix(&repo, &["--fix", "codify", "--fix", "import"]);
    assert_eq!(code, 1, "one fix is declined: {report:#}");
    assert_eq!(
        statuses(&report),
        [
            ("codify", "aws_instance.app[0]", "declined"),
            ("codify", "aws_s3_bucket.logs", "verified"),
            ("codify", "aws_s3_bucket_versioning.logs", "verified"),
            ("import", "aws_iam_user.deploy", "verified"),
            ("import", "aws_sqs_queue.made-by-hand", "verified"),
        ]
        .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
    );
    assert!(report["fixes"][0]["reason"].as_str().unwrap().contains("count or for_each"));
    // A dry run writes nothing.
    assert_eq!(std::fs::read_to_string(repo.path().join("main.tf")).unwrap(), before);
    assert!(!repo.path().join("imported.tf").exists());

    let (_, written) = fix(&repo, &["--fix", "codify", "--fix", "import", "--write"]);
    assert_eq!(written["written"], serde_json::json!(["imported.tf", "main.tf"]));
    let after = std::fs::read_to_string(repo.path().join("main.tf")).unwrap();
    // Only the edited values changed: every other byte (comments, blank lines, layout) is identical.
    let expected = before
        .replace("    env = \"prod\"\n", "    env   = \"prod\"\n    owner = \"someone-in-the-console\"\n")
        .replace("status = \"Enabled\"", "status = \"Suspended\"");
    assert_eq!(after, expected);
    let imported = std::fs::read_to_string(repo.path().join("imported.tf")).unwrap();
    assert!(imported.starts_with("import {\n  to = aws_iam_user.deploy\n  id = \"deploy\"\n}\n"), "{imported}");

    // The second run: only the declined difference is left.
    let run = tollgate(repo.path(), &["drift", ".", "--live", "live", "-f", "json"]);
    let rerun = run.json();
    assert_eq!(rerun["unmanaged"], serde_json::json!([]), "{rerun:#}");
    let changed: Vec<&str> =
        rerun["changed"].as_array().unwrap().iter().map(|c| c["address"].as_str().unwrap()).collect();
    assert_eq!(changed, ["aws_instance.app[0]"]);
    assert_eq!(rerun["summary"]["errors"], 0);
}

#[test]
fn values_from_expressions_are_declined_with_the_reason() {
    let repo = TempRepo::new();
    repo.write(
        "main.tf",
        "variable \"size\" {\n  default = \"t3.micro\"\n}\n\nresource \"aws_instance\" \"app\" {\n  instance_type = var.size\n}\n",
    );
    repo.write(
        "live.json",
        r#"{"tollgate_snapshot": 1, "resources": [{"type": "aws_instance", "id": "i-1", "address": "aws_instance.app", "attributes": {"instance_type": "t3.large"}}]}"#,
    );
    let run = tollgate(repo.path(), &["drift", ".", "--live", "live.json", "--fix", "codify", "-f", "json"]);
    let report = run.json();
    assert_eq!(run.code, 1);
    assert_eq!(report["fixes"][0]["status"], "declined");
    let reason = report["fixes"][0]["reason"].as_str().unwrap();
    assert!(reason.contains("`instance_type` is `var.size`"), "{reason}");
    assert_eq!(report["diffs"], serde_json::json!([]));
}

#[test]
fn security_group_blocks_are_rewritten_from_live_and_comments_elsewhere_kept() {
    let repo = TempRepo::new();
    let source = "# web tier\nresource \"aws_security_group\" \"web\" {\n  name = \"web\" # keep\n\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]\n  }\n}\n";
    repo.write("main.tf", source);
    repo.write(
        "live.json",
        r#"{"tollgate_snapshot": 1, "resources": [{"type": "aws_security_group", "id": "sg-1", "address": "aws_security_group.web",
            "attributes": {"name": "web", "ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8", "192.168.0.0/16"]}]}}]}"#,
    );
    let run = tollgate(repo.path(), &["drift", ".", "--live", "live.json", "--fix", "codify", "--write"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let after = std::fs::read_to_string(repo.path().join("main.tf")).unwrap();
    assert!(
        after.starts_with(
            "# web tier\nresource \"aws_security_group\" \"web\" {\n  name = \"web\" # keep\n\n  ingress {\n"
        ),
        "{after}"
    );
    assert!(after.contains("cidr_blocks = [\"10.0.0.0/8\", \"192.168.0.0/16\"]"), "{after}");
    let rerun = tollgate(repo.path(), &["drift", ".", "--live", "live.json", "-f", "json"]);
    assert_eq!(rerun.json()["summary"]["result"], "clean", "{after}");
}

#[test]
fn an_import_the_rerun_cannot_match_is_unverified_and_not_written() {
    let repo = TempRepo::new();
    repo.write("main.tf", "# nothing declared yet\n");
    // No naming attribute: after the import, nothing ties the new block to this live entry.
    repo.write(
        "live.json",
        r#"{"tollgate_snapshot": 1, "resources": [{"type": "aws_route53_record", "id": "Z123_www_A", "attributes": {"type": "A", "ttl": 300}}]}"#,
    );
    let run = tollgate(repo.path(), &["drift", ".", "--live", "live.json", "--fix", "import", "--write", "-f", "json"]);
    let report = run.json();
    assert_eq!(run.code, 1);
    assert_eq!(report["fixes"][0]["status"], "unverified");
    assert!(report["fixes"][0]["reason"].as_str().unwrap().contains("still there"), "{report:#}");
    assert_eq!(report["written"], serde_json::json!([]));
    assert!(!repo.path().join("imported.tf").exists());
}

#[test]
fn kubernetes_manifests_are_codified_in_place() {
    let repo = TempRepo::new();
    let from = repo_root().join("testdata/drift/kubernetes");
    for name in ["app.yaml", "live/kubectl.json"] {
        repo.write(name, std::fs::read(from.join(name)).expect("fixture"));
    }
    let before = std::fs::read_to_string(repo.path().join("app.yaml")).unwrap();
    let (code, report) = fix(&repo, &["--fix", "codify", "--write"]);
    assert_eq!(code, 0, "{report:#}");
    let after = std::fs::read_to_string(repo.path().join("app.yaml")).unwrap();
    let expected = before.replacen("  replicas: 2\n", "  replicas: 5\n", 1).replacen(
        "image: registry.acme.dev/web:1.4.2\n",
        "image: registry.acme.dev/web:1.4.3-hotfix\n",
        1,
    );
    assert_eq!(after, expected, "only the two values change");
    let rerun = tollgate(repo.path(), &["drift", ".", "--live", "live", "-f", "json"]);
    assert_eq!(rerun.json()["changed"], serde_json::json!([]));
}
