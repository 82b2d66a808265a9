//! `check --format html` opened in real headless Chromium (Debian's `chromium`; `.ci/run` installs it
//! and sets `TOLLGATE_REQUIRE_CHROMIUM`): the page's script runs without a console message (no error,
//! no Content-Security-Policy refusal), the filters work (set through the address, `#sev=high`, and
//! read back from the DOM Chromium dumps after the script ran), and a screenshot is produced.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::support::{TempRepo, repo_root, tollgate};

fn chromium() -> Option<String> {
    ["chromium", "chromium-browser"]
        .into_iter()
        .map(str::to_owned)
        .find(|name| Command::new(name).arg("--version").output().is_ok_and(|o| o.status.success()))
}

/// Runs headless Chromium on `url` with `extra` flags: (stdout, the console lines it logged).
fn open(browser: &str, profile: &Path, url: &str, extra: &[&str]) -> (String, Vec<String>) {
    let output = Command::new("timeout")
        .arg("120")
        .arg(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        .args(["--disable-component-update", "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .output()
        .expect("run chromium");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let console = stderr.lines().filter(|l| l.contains(":CONSOLE")).map(str::to_owned).collect();
    (String::from_utf8_lossy(&output.stdout).into_owned(), console)
}

/// The `N` of the page's "R of N shown".
fn shown(dom: &str) -> usize {
    let at = dom.find(" shown").unwrap_or_else(|| panic!("no count in the page: {}", &dom[..dom.len().min(400)]));
    let before = &dom[..at];
    let number: String =
        before.chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
    number.parse().expect("a count")
}

#[test]
fn the_page_runs_cleanly_in_chromium_and_its_filters_work() {
    let Some(browser) = chromium() else {
        assert!(std::env::var_os("TOLLGATE_REQUIRE_CHROMIUM").is_none(), "chromium is required here but missing");
        println!("note: chromium is not installed (apt-get install chromium); .ci/run installs it. Skipping.");
        return;
    };
    let repo = TempRepo::new();
    let testdata = repo_root().join("testdata").display().to_string();
    let page = repo.path().join("report.html");
    let run = tollgate(repo.path(), &["check", &testdata, "--format", "html", "--output", &page.display().to_string()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report: Value = tollgate(repo.path(), &["check", &testdata, "--format", "json"]).json();
    let findings = report["findings"].as_array().expect("findings");
    let count = |key: &str, value: &str| findings.iter().filter(|f| f[key] == value).count();
    let profile = repo.path().join("profile");
    let url = format!("file://{}", page.display());

    let (dom, console) = open(&browser, &profile, &url, &["--dump-dom"]);
    assert!(console.is_empty(), "console messages: {console:#?}");
    assert_eq!(shown(&dom), findings.len());
    let high = count("severity", "high");
    assert!(high > 0 && high < findings.len());
    let (dom, console) = open(&browser, &profile, &format!("{url}#sev=high"), &["--dump-dom"]);
    assert!(console.is_empty(), "console messages: {console:#?}");
    assert_eq!(shown(&dom), high, "the severity filter");
    let rule = findings[0]["rule_id"].as_str().expect("a rule");
    let (dom, _) = open(&browser, &profile, &format!("{url}#rule={rule}"), &["--dump-dom"]);
    assert_eq!(shown(&dom), count("rule_id", rule), "the rule filter");
    let (dom, _) = open(&browser, &profile, &format!("{url}#platform=kubernetes&sev=high"), &["--dump-dom"]);
    let kubernetes_high = findings.iter().filter(|f| f["kind"] == "kubernetes" && f["severity"] == "high").count();
    assert_eq!(shown(&dom), kubernetes_high, "platform and severity together");

    let screenshot = repo.path().join("report.png");
    let flag = format!("--screenshot={}", screenshot.display());
    let (_, console) = open(&browser, &profile, &url, &[&flag, "--window-size=1280,1600"]);
    assert!(console.is_empty(), "console messages: {console:#?}");
    let png = std::fs::read(&screenshot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "{} bytes", png.len());
}
