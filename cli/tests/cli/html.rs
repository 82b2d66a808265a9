//! `--format html`: one self-contained page (no external script, style, font or image; a CSP that
//! allows only its own script and style, by hash), the findings' data embedded so that nothing in a
//! finding can break out of it, and a 10,000-finding report well under 5 MB.

use serde_json::Value;

use crate::support::{TempRepo, repo_root, tollgate};

/// The text between `open` and the next `close` after it.
fn between<'a>(text: &'a str, open: &str, close: &str) -> &'a str {
    let start = text.find(open).map(|i| i + open.len()).unwrap_or_else(|| panic!("no {open}"));
    let end = text[start..].find(close).map(|i| start + i).unwrap_or_else(|| panic!("no {close}"));
    &text[start..end]
}

fn sha256_base64(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()))
}

/// The page's embedded data, as its script reads it.
fn embedded(page: &str) -> Value {
    serde_json::from_str(between(page, "<script type=\"application/json\" id=\"tollgate-data\">", "</script>"))
        .expect("the embedded data is JSON")
}

#[test]
fn the_page_is_self_contained_and_its_csp_names_its_own_script() {
    let out = tempfile::tempdir().expect("dir");
    let page = out.path().join("report.html").display().to_string();
    let json = out.path().join("report.json").display().to_string();
    let args = ["check", "testdata", "--framework", "cis-aws", "-f", "html", "-o", &page, "-f", "json", "-o", &json];
    let run = tollgate(&repo_root(), &args);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let page = std::fs::read_to_string(&page).expect("page");
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&json).expect("json")).expect("report");
    assert!(page.starts_with("<!DOCTYPE html>"));
    for outside in ["<script src", "<link", "<img", "@import", "url("] {
        assert!(!page.contains(outside), "{outside} in the page");
    }
    let script = between(&page, "<script>", "</script>");
    let style = between(&page, "<style>", "</style>");
    let csp = between(&page, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(csp.contains(&format!("script-src 'sha256-{}'", sha256_base64(script))), "{csp}");
    assert!(csp.contains(&format!("style-src 'sha256-{}'", sha256_base64(style))), "{csp}");
    let data = embedded(&page);
    assert_eq!(data["findings"].as_array().map(Vec::len), report["findings"].as_array().map(Vec::len));
    assert!(data["sources"].as_object().is_some_and(|s| !s.is_empty()), "snippets come with the page");
    assert!(data["rules"]["AWS001"]["remediation"].as_str().is_some_and(|r| !r.is_empty()));
    assert!(page.contains("<svg") && page.contains("cis-aws-v3.0"), "the posture scorecard is drawn");
    assert!(page.contains("scanned testdata; at 20"), "the header says what was scanned and when");
}

#[test]
fn nothing_in_a_finding_breaks_out_of_the_page() {
    let repo = TempRepo::new();
    repo.write("main.tf", "resource \"aws_sqs_queue\" \"q\" {\n  name = \"q\"\n}\n").write(
        "policy/hostile.rego",
        "package main\n\nimport rego.v1\n\ndeny contains \"</script><img src=x onerror=alert(1)> & <b>\" if input.type == \"aws_sqs_queue\"\n",
    );
    let run = tollgate(repo.path(), &["check", ".", "--no-builtin", "--policy", "policy", "-f", "html"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stdout.contains("</script><img"), "the message cannot close the data element");
    let data = embedded(&run.stdout);
    assert_eq!(data["findings"][0]["message"], "</script><img src=x onerror=alert(1)> & <b>");
}

#[test]
fn ten_thousand_findings_stay_under_five_megabytes() {
    let out = tempfile::tempdir().expect("dir");
    let run = tollgate(&repo_root(), &["check", "testdata", "-f", "json"]);
    let mut report = run.json();
    let one = report["findings"].as_array().expect("findings").clone();
    let many: Vec<Value> = (0..10_000)
        .map(|i| {
            let mut f = one[i % one.len()].clone();
            f["line"] = Value::from(i + 1);
            f["fingerprint"] = Value::from(format!("{i:032x}"));
            f
        })
        .collect();
    report["findings"] = Value::Array(many);
    let big = out.path().join("big.json");
    std::fs::write(&big, report.to_string()).expect("write");
    let big = big.display().to_string();
    let merged = tollgate(out.path(), &["merge", &big, "-f", "html"]);
    assert_eq!(merged.code, 1, "{}", merged.stderr);
    let size = merged.stdout.len();
    assert!(size < 5 << 20, "{size} bytes");
    assert_eq!(embedded(&merged.stdout)["findings"].as_array().map(Vec::len), Some(10_000));
}

/// `cost` and `drift` render pages of their own, script-free and as self-contained.
#[test]
fn cost_and_drift_pages_are_self_contained() {
    let cost = tollgate(&repo_root(), &["cost", "testdata/cost/gcp", "--format", "html"]);
    assert_eq!(cost.code, 0, "{}", cost.stderr);
    let json = tollgate(&repo_root(), &["cost", "testdata/cost/gcp", "--format", "json"]).json();
    let total = format!("${:.2} a month", json["total_monthly"].as_f64().expect("total"));
    let drift =
        tollgate(&repo_root(), &["drift", "testdata/drift/aws", "--live", "testdata/drift/aws/live", "-f", "html"]);
    assert_eq!(drift.code, 1, "{}", drift.stderr);
    for (page, must) in [
        (&cost.stdout, vec![total.as_str(), "By resource type", "<svg", "Prices"]),
        (&drift.stdout, vec!["Missing (declared, not live)", "Unmanaged", "Changed", "aws_instance.app[1]"]),
    ] {
        assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..100]);
        assert!(!page.contains("<script") && page.contains("script-src 'none'"), "no script at all");
        for outside in ["<link", "<img", "url("] {
            assert!(!page.contains(outside), "{outside}");
        }
        for text in must {
            assert!(page.contains(text), "{text} missing");
        }
    }
}

/// `check`'s page has a cost section (total, by type, the most expensive resources, what is not
/// priced), the same from a cold and a warm cache; the JSON report stays without it.
#[test]
fn the_check_page_prices_the_scanned_resources_cold_or_warm() {
    let repo = TempRepo::new();
    let testdata = repo_root().join("testdata").display().to_string();
    let cache = repo.path().join("cache").display().to_string();
    let section = |page: &str| -> String {
        let start = page.find("<section><h2>Cost: ").expect("a cost section");
        let end = page[start..].find("<h2>Not priced").expect("the unpriced table") + start;
        page[start..end].to_owned()
    };
    let warm_up = tollgate(repo.path(), &["check", &testdata, "--cache-dir", &cache, "--format", "json"]);
    assert!(warm_up.json()["cost"].is_null(), "the JSON report has no cost");
    let cold = repo.path().join("cold.html");
    let warm = repo.path().join("warm.html");
    for out in [&cold, &warm] {
        let out = out.display().to_string();
        let run =
            tollgate(repo.path(), &["check", &testdata, "--cache-dir", &cache, "--format", "html", "--output", &out]);
        assert_eq!(run.code, 1, "{}", run.stderr);
    }
    let cold = section(&std::fs::read_to_string(cold).expect("page"));
    let warm = section(&std::fs::read_to_string(warm).expect("page"));
    assert_eq!(cold, warm);
    assert!(cold.contains("<section><h2>Cost: $"), "{cold}");
    assert!(cold.contains("Most expensive resources (top 10)"), "{cold}");
    assert!(cold.contains("aws_db_instance.orders"), "{cold}");
}
