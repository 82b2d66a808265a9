//! `--download-modules` against a module registry and a git repository on this machine: constraints
//! resolved as Terraform does, a token for a private registry, nested registry modules, `//subdir` and
//! `?ref=`, the cache (a second run makes no request), the lock (`--locked` refuses a changed module),
//! and failures (a hostile archive, a 404, a timeout) that leave the module unevaluated with a warning
//! while the rest of the scan completes. Findings inside fetched modules point at the calling block.

use std::path::Path;

use serde_json::Value;

use crate::git::git;
use crate::registry_server::{FakeRegistry, TOKEN, tar_gz};
use crate::support::{Run, TempRepo, tollgate_env};

const HOST: &str = "registry.acme.test";

const BUCKET_MODULE: &str = r#"variable "name" {
  type = string
}

variable "acl" {
  type    = string
  default = "private"
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_acl" "this" {
  bucket = aws_s3_bucket.this.id
  acl    = var.acl
}

module "queue" {
  source  = "registry.acme.test/acme/queue/aws"
  version = "1.0.0"
  name    = "${var.name}-events"
}
"#;

const QUEUE_MODULE: &str = r#"variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name                    = var.name
  sqs_managed_sse_enabled = false
}
"#;

const MAIN: &str = r#"module "exports" {
  source  = "registry.acme.test/acme/bucket/aws"
  version = "~> 1.0"
  name    = "exports"
  acl     = "public-read"
}
"#;

/// The registry with the bucket module's versions (only 1.2.0 has the ACL input wired) and the
/// queue module it calls.
fn registry() -> FakeRegistry {
    let registry = FakeRegistry::start();
    let unused = "variable \"name\" {\n  type = string\n}\n\nvariable \"acl\" {\n  type    = string\n  default = \"private\"\n}\n";
    for version in ["1.0.0", "1.3.0-beta1", "2.0.0"] {
        registry.publish("acme/bucket/aws", version, tar_gz(&[("main.tf", unused)]));
    }
    registry.publish("acme/bucket/aws", "1.2.0", tar_gz(&[("main.tf", BUCKET_MODULE), ("README.md", "bucket\n")]));
    registry.publish("acme/queue/aws", "1.0.0", tar_gz(&[("main.tf", QUEUE_MODULE)]));
    registry
}

/// A repository calling the bucket module, with the CLI configuration pointing the host at the registry.
fn repo(registry: &FakeRegistry, main: &str) -> TempRepo {
    let repo = TempRepo::new();
    repo.write("infra/main.tf", main);
    repo.write("terraformrc", registry.cli_config(HOST));
    repo
}

fn check(repo: &TempRepo, cache: &Path, extra: &[&str], token: bool) -> Run {
    let config = repo.path().join("terraformrc").display().to_string();
    let cache = cache.display().to_string();
    let mut args = vec!["check", "infra", "--download-modules", "--cache-dir", &cache, "-f", "json"];
    args.extend_from_slice(extra);
    let mut env = vec![("TF_CLI_CONFIG_FILE", config.as_str())];
    if token {
        env.push(("TF_TOKEN_registry_acme_test", TOKEN));
    }
    tollgate_env(repo.path(), &args, &env)
}

/// (rule, file, line, resource, message) of the findings of these rules.
fn findings(report: &Value, rules: &[&str]) -> Vec<(String, String, u64, String, String)> {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| rules.contains(&f["rule_id"].as_str().unwrap_or_default()))
        .map(|f| {
            (
                text(&f["rule_id"]),
                text(&f["file"]),
                f["line"].as_u64().unwrap_or(0),
                text(&f["resource"]),
                text(&f["message"]),
            )
        })
        .collect()
}

fn fetch_warnings(report: &Value) -> Vec<String> {
    report["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|w| w["code"] == "terraform-module-fetch-failed")
        .map(|w| w["message"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn registry_modules_are_resolved_fetched_cached_and_their_findings_point_at_the_caller() {
    let registry = registry();
    let repo = repo(&registry, MAIN);
    let cache = tempfile::tempdir().expect("cache");
    let run = check(&repo, cache.path(), &[], true);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    assert!(fetch_warnings(&report).is_empty(), "{:?}", report["warnings"]);
    assert_eq!(report["terraform"]["modules_not_evaluated"], serde_json::json!([]));
    let mut found = findings(&report, &["AWS001", "AWS018"]);
    found.sort();
    assert_eq!(found.len(), 2, "{found:?}");
    // The public ACL comes from the caller's input: the finding is on that input's line.
    let acl = &found[0];
    assert_eq!((acl.0.as_str(), acl.1.as_str(), acl.2), ("AWS001", "infra/main.tf", 5), "{acl:?}");
    assert_eq!(acl.3, "module.exports.aws_s3_bucket_acl.this");
    assert!(acl.4.ends_with("(set by module input `acl`)"), "{}", acl.4);
    // The nested module's own setting: on the call in the user's file.
    let queue = &found[1];
    assert_eq!((queue.0.as_str(), queue.1.as_str(), queue.2), ("AWS018", "infra/main.tf", 1), "{queue:?}");
    assert_eq!(queue.3, "module.exports.module.queue.aws_sqs_queue.this");
    let requested: Vec<String> = registry.requests().into_iter().map(|(path, _)| path).collect();
    assert_eq!(
        requested,
        [
            "/v1/modules/acme/bucket/aws/versions",
            "/v1/modules/acme/bucket/aws/1.2.0/download",
            "/archives/acme/bucket/aws/1.2.0.tar.gz",
            "/v1/modules/acme/queue/aws/versions",
            "/v1/modules/acme/queue/aws/1.0.0/download",
            "/archives/acme/queue/aws/1.0.0.tar.gz",
        ]
    );
    // The token goes to the registry's API, never to the archive download.
    for (path, authorization) in registry.requests() {
        let expected = path.starts_with("/v1/").then(|| format!("Bearer {TOKEN}"));
        assert_eq!(authorization, expected, "{path}");
    }
    // Everything cached: the second run asks nothing and finds the same.
    let again = check(&repo, cache.path(), &[], true);
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert_eq!(registry.requests().len(), 6, "no request on the second run");
    let mut cached = findings(&again.json(), &["AWS001", "AWS018"]);
    cached.sort();
    assert_eq!(cached, found);
}

#[test]
fn without_the_flag_or_the_token_the_module_is_not_evaluated_and_the_scan_goes_on() {
    let registry = registry();
    let main =
        format!("{MAIN}\nresource \"aws_s3_bucket\" \"own\" {{\n  bucket = \"own\"\n  acl    = \"public-read\"\n}}\n");
    let repo = repo(&registry, &main);
    let cache = tempfile::tempdir().expect("cache");
    let plain = tollgate_env(repo.path(), &["check", "infra", "-f", "json"], &[]);
    assert_eq!(plain.code, 1, "{}", plain.stderr);
    let reason =
        plain.json()["terraform"]["modules_not_evaluated"][0]["reason"].as_str().unwrap_or_default().to_owned();
    assert!(reason.contains("--download-modules"), "{reason}");
    assert!(registry.requests().is_empty(), "no flag, no request");
    let run = check(&repo, cache.path(), &[], false);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    let warnings = fetch_warnings(&report);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("module \"exports\"") && warnings[0].contains("401"), "{}", warnings[0]);
    assert_eq!(findings(&report, &["AWS001"]).len(), 1, "the repository's own bucket is still checked");
    assert_eq!(report["terraform"]["modules_not_evaluated"][0]["module"], "module.exports");
}

#[test]
fn git_modules_are_fetched_at_their_ref_and_subdirectory() {
    let origin = TempRepo::new();
    git(origin.path(), &["init", "-q", "-b", "main"]);
    origin.write("modules/queue/main.tf", QUEUE_MODULE);
    origin.write("README.md", "modules\n");
    git(origin.path(), &["add", "-A"]);
    git(origin.path(), &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "queue"]);
    git(origin.path(), &["tag", "v1.2.0"]);
    origin.write("modules/queue/main.tf", QUEUE_MODULE.replace("= false", "= true"));
    git(origin.path(), &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-am", "encrypt"]);
    let url = format!("file://{}", origin.path().display());
    let main = format!(
        "module \"tagged\" {{\n  source = \"git::{url}//modules/queue?ref=v1.2.0\"\n  name   = \"tagged\"\n}}\n\nmodule \"latest\" {{\n  source = \"git::{url}//modules/queue?ref=main\"\n  name   = \"latest\"\n}}\n"
    );
    let registry = registry();
    let repo = repo(&registry, &main);
    let cache = tempfile::tempdir().expect("cache");
    let run = check(&repo, cache.path(), &[], true);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    assert!(fetch_warnings(&report).is_empty(), "{:?}", report["warnings"]);
    let found = findings(&report, &["AWS018"]);
    assert_eq!(found.len(), 1, "only the tag has the setting: {found:?}");
    assert_eq!(
        (found[0].1.as_str(), found[0].2, found[0].3.as_str()),
        ("infra/main.tf", 1, "module.tagged.aws_sqs_queue.this")
    );
}

#[test]
fn the_lock_file_holds_modules_to_their_content() {
    let registry = registry();
    let repo = repo(&registry, MAIN);
    let cache = tempfile::tempdir().expect("cache");
    let config = repo.path().join("terraformrc").display().to_string();
    let cache_arg = cache.path().display().to_string();
    let env = [("TF_CLI_CONFIG_FILE", config.as_str()), ("TF_TOKEN_registry_acme_test", TOKEN)];
    let locked = tollgate_env(repo.path(), &["modules", "lock", "infra", "--cache-dir", &cache_arg], &env);
    assert_eq!(locked.code, 0, "{}\n{}", locked.stdout, locked.stderr);
    let lock: Value = serde_json::from_str(
        &std::fs::read_to_string(repo.path().join("infra/.tollgate-modules.lock.json")).expect("lock"),
    )
    .expect("JSON");
    let entries = lock["modules"].as_array().expect("modules");
    assert_eq!(entries.len(), 2);
    assert_eq!(
        (entries[0]["source"].as_str(), entries[0]["resolved"].as_str()),
        (Some("registry.acme.test/acme/bucket/aws"), Some("1.2.0"))
    );
    assert!(entries[0]["hash"].as_str().is_some_and(|h| h.starts_with("h1:")));
    // The locked modules, as locked: findings, no error.
    let same = check(&repo, cache.path(), &["--locked"], true);
    assert_eq!(same.code, 1, "{}", same.stderr);
    assert!(same.json()["errors"].as_array().is_some_and(Vec::is_empty));
    // The registry now serves other files under the same version: a fresh cache fetches them, and
    // the lock refuses them.
    registry.publish(
        "acme/bucket/aws",
        "1.2.0",
        tar_gz(&[("main.tf", &BUCKET_MODULE.replace("private", "public-read"))]),
    );
    let fresh = tempfile::tempdir().expect("cache");
    let changed = check(&repo, fresh.path(), &["--locked"], true);
    assert_eq!(changed.code, 2, "{}", changed.stdout);
    let errors = changed.json()["errors"].clone();
    let message = errors[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("module \"exports\"") && message.contains("no longer match the lock file"), "{errors}");
    assert_eq!((errors[0]["file"].as_str(), errors[0]["line"].as_u64()), (Some("infra/main.tf"), Some(1)));
}

/// A `.tar.gz` whose one entry has this raw name (a hostile archive).
fn hostile_archive(name: &str) -> Vec<u8> {
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
    let mut header = tar::Header::new_gnu();
    header.set_entry_type(tar::EntryType::Regular);
    header.set_size(2);
    header.set_mode(0o644);
    header.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
    header.set_cksum();
    builder.append(&header, &b"x\n"[..]).expect("entry");
    builder.into_inner().expect("tar").finish().expect("gzip")
}

#[test]
fn hostile_archives_missing_modules_and_timeouts_are_warnings() {
    let registry = registry();
    registry.publish("acme/evil/aws", "1.0.0", hostile_archive("../../../escape.tf"));
    registry.publish("acme/slow/aws", "1.0.0", tar_gz(&[("main.tf", QUEUE_MODULE)]));
    registry.slow("/v1/modules/acme/slow/aws/versions");
    let main = "module \"evil\" {\n  source = \"registry.acme.test/acme/evil/aws\"\n}\n\nmodule \"missing\" {\n  source = \"registry.acme.test/acme/missing/aws\"\n}\n\nmodule \"slow\" {\n  source = \"registry.acme.test/acme/slow/aws\"\n  name   = \"slow\"\n}\n\nresource \"aws_sqs_queue\" \"own\" {\n  name                    = \"own\"\n  sqs_managed_sse_enabled = false\n}\n";
    let repo = repo(&registry, main);
    let cache = tempfile::tempdir().expect("cache");
    let run = check(&repo, cache.path(), &["--module-timeout", "1"], true);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    let warnings = fetch_warnings(&report);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(
        warnings[0].contains("module \"evil\"") && warnings[0].contains("leaves the module folder"),
        "{}",
        warnings[0]
    );
    assert!(warnings[1].contains("module \"missing\"") && warnings[1].contains("404"), "{}", warnings[1]);
    assert!(warnings[2].contains("module \"slow\"") && warnings[2].contains("time limit"), "{}", warnings[2]);
    assert_eq!(report["terraform"]["modules_not_evaluated"].as_array().map(Vec::len), Some(3));
    assert_eq!(findings(&report, &["AWS018"]).len(), 1, "the repository's own queue is still checked");
    let escaped =
        ["escape.tf", "../escape.tf", "../../escape.tf"].iter().any(|p| cache.path().join("modules").join(p).exists());
    assert!(!escaped, "nothing was written outside the module folder");
}

#[test]
fn discovery_credentials_blocks_and_redirect_checks() {
    let registry = registry();
    let host = registry.url.trim_start_matches("http://").to_owned();
    // The download location redirects to plain HTTP off loopback.
    registry.publish_location("acme/moved/aws", "1.0.0", &format!("{}/moved", registry.url));
    let main = format!(
        "module \"queue\" {{\n  source  = \"{host}/acme/queue/aws\"\n  version = \">= 1.0.0\"\n  name    = \"q\"\n}}\n\nmodule \"moved\" {{\n  source = \"{host}/acme/moved/aws\"\n}}\n"
    );
    let repo = TempRepo::new();
    repo.write("infra/main.tf", &main);
    // No host block: the registry is found by discovery; its token comes from a credentials block.
    repo.write("terraformrc", format!("credentials \"{host}\" {{\n  token = \"{TOKEN}\"\n}}\n"));
    let cache = tempfile::tempdir().expect("cache");
    let run = check(&repo, cache.path(), &[], false);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    assert_eq!(findings(&report, &["AWS018"]).len(), 1, "the module found by discovery is checked");
    let warnings = fetch_warnings(&report);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("module \"moved\"") && warnings[0].contains("plain HTTP"), "{}", warnings[0]);
    let requested: Vec<String> = registry.requests().into_iter().map(|(path, _)| path).collect();
    assert_eq!(requested[0], "/.well-known/terraform.json");
}
