//! Bad input: each broken file is an error with file, line and column; every other file is still
//! scanned; the exit code is 2; nothing panics or allocates without bound.

use serde_json::Value;

use crate::support::{PUBLIC_BUCKET, TempRepo, active, measured, within_bounds};

fn error_for<'a>(report: &'a Value, file: &str) -> &'a Value {
    report["errors"]
        .as_array()
        .and_then(|errors| errors.iter().find(|e| e["file"] == file))
        .unwrap_or_else(|| panic!("no error for {file} in {:#}", report["errors"]))
}

fn billion_laughs() -> String {
    let mut text = String::from("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 9].join(",");
        text.push_str(&format!("{}: &{} [{refs}]\n", pair[1], pair[1]));
    }
    text
}

#[test]
fn every_bad_file_is_reported_and_the_rest_is_scanned() {
    let repo = TempRepo::new();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let nested20 = format!("locals {{\n  x = {}1{}\n}}\n", "[".repeat(20), "]".repeat(20));
    repo.write("good.tf", PUBLIC_BUCKET)
        .write("broken.tf", "resource \"aws_s3_bucket\" \"b\" {\n  acl = \n}\n")
        .write("empty.tf", "")
        .write("empty.yaml", "")
        .write("empty.json", "")
        .write("binary.tf", b"\x7fELF\x02\x01\x01\x00\x00\x00resource")
        .write("latin1.yaml", b"apiVersion: v1\nkind: ConfigMap # caf\xe9\n")
        .write("bomb.yaml", billion_laughs())
        .write("nested20.tf", nested20)
        .write("nested.json", format!("{}{}", "[".repeat(5000), "]".repeat(5000)))
        .write("nested.tf", format!("x = {}{}", "[".repeat(5000), "]".repeat(5000)))
        .write("invalid.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n")
        .write("invalid.json", "{\n  \"Resources\": {\n    \"A\": ,\n  }\n}\n")
        .write("windows.tf", PUBLIC_BUCKET.replace("\"site\"", "\"crlf\"").replace('\n', "\r\n"))
        .write("utf16.yaml", utf16);
    let (run, elapsed, peak) = measured(repo.path(), &["check", ".", "--format", "json"]);
    within_bounds(elapsed, peak);
    let report = run.json();
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);

    let broken = error_for(&report, "broken.tf");
    assert_eq!(
        (broken["kind"].as_str(), broken["line"].as_u64(), broken["column"].as_u64()),
        (Some("parse"), Some(2), Some(9))
    );
    assert!(error_for(&report, "binary.tf")["message"].as_str().unwrap_or("").contains("binary"));
    let latin1 = error_for(&report, "latin1.yaml");
    assert_eq!((latin1["kind"].as_str(), latin1["line"].as_u64()), (Some("decode"), Some(2)));
    assert!(latin1["message"].as_str().unwrap_or("").contains("UTF-8"));
    // The billion laughs stop at the YAML alias budget, named so the user knows which limit to raise.
    let bomb = error_for(&report, "bomb.yaml");
    assert_eq!(bomb["kind"], "limit", "{bomb:#}");
    assert!(bomb["message"].as_str().unwrap_or("").contains("limits.yaml_"), "{bomb:#}");
    assert!(error_for(&report, "nested.json")["message"].as_str().unwrap_or("").contains("recursion"));
    assert!(error_for(&report, "nested.tf")["message"].as_str().unwrap_or("").contains("nesting"));
    assert_eq!(error_for(&report, "invalid.yaml")["line"].as_u64(), Some(4));
    assert_eq!(error_for(&report, "invalid.json")["line"].as_u64(), Some(3));
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(8), "{:#}", report["errors"]);

    // Everything else was scanned and reported.
    let found = active(&report);
    assert!(found.contains(&("AWS001".into(), "good.tf".into(), 3)), "{found:?}");
    assert!(found.contains(&("AWS001".into(), "windows.tf".into(), 3)), "{found:?}");
    assert!(found.iter().any(|(rule, file, _)| rule == "K8S003" && file == "utf16.yaml"), "{found:?}");
    let skipped: Vec<&str> =
        report["skipped"].as_array().into_iter().flatten().filter_map(|s| s["file"].as_str()).collect();
    assert!(skipped.contains(&"empty.yaml") && skipped.contains(&"empty.json"), "{skipped:?}");
}

#[test]
fn human_output_shows_the_parse_error_snippet() {
    let repo = TempRepo::new();
    repo.write("broken.tf", "resource \"aws_s3_bucket\" \"b\" {\n  acl = \n}\n");
    let run = crate::support::tollgate(repo.path(), &["check", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("parse-error"), "{}", run.stdout);
    assert!(run.stdout.contains("[broken.tf:2:9]"), "{}", run.stdout);
    assert!(run.stdout.contains("invalid expression"), "{}", run.stdout);
}

#[test]
fn missing_paths_and_oversized_files_are_errors() {
    let repo = TempRepo::new();
    repo.write("big.tf", format!("# {}\n", "x".repeat(4096)));
    let (run, report) = repo.check_json(&["--max-file-size", "1024"]);
    assert_eq!(run.code, 2);
    assert_eq!(error_for(&report, "big.tf")["kind"], "limit");
    let missing = crate::support::tollgate(repo.path(), &["check", "nope/", "--format", "json"]);
    assert_eq!(missing.code, 2);
    assert_eq!(error_for(&missing.json(), "nope/")["kind"], "io");
}

#[test]
fn hostile_terraform_is_bounded_and_reported() {
    let repo = TempRepo::new();
    // A module that calls itself twice per level, a billion instances, a ten-million-element for_each and a
    // quadratic set product: each is an error at its line, in bounded time and memory.
    repo.write("loop/main.tf", "module \"again\" {\n  source = \"./\"\n  count  = 2\n}\n")
        .write("huge/main.tf", "resource \"aws_instance\" \"many\" {\n  count = 1000000000\n  ami   = \"ami-1\"\n}\n\nresource \"aws_instance\" \"each\" {\n  for_each = toset([for i in range(10000000) : tostring(i)])\n  ami      = \"ami-1\"\n}\n\nlocals {\n  product = setproduct(range(1000), range(1000), range(1000))\n}\n")
        .write("ok/main.tf", "resource \"aws_s3_bucket\" \"site\" {\n  bucket = \"acme-site\"\n  acl    = \"public-read\"\n}\n");
    let (run, elapsed, peak) = measured(repo.path(), &["check", ".", "--format", "json"]);
    within_bounds(elapsed, peak);
    let report = run.json();
    assert_eq!(run.code, 2, "{}", run.stderr);
    let errors: Vec<String> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| format!("{}:{} {}", e["file"].as_str().unwrap_or(""), e["line"], e["message"].as_str().unwrap_or("")))
        .collect();
    let has = |text: &str| assert!(errors.iter().any(|e| e.contains(text)), "no {text:?} in {errors:#?}");
    has("loop/main.tf:1 module \"again\"");
    has("huge/main.tf:2 count = 1000000000 is more than the 10000 instances");
    has("huge/main.tf:7 for_each: range: more than 1024 elements");
    has("huge/main.tf:12 setproduct: the product has more than 100000 elements");
    assert!(
        report["findings"].as_array().into_iter().flatten().any(|f| f["file"] == "ok/main.tf"),
        "the rest is checked"
    );
}
